package org.ctios.server.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.events.Notice;

/**
 * Commits the supervision's notices that change no row (a monitor the CTI Server confirmed, an alert a supervisor
 * took) as a change of the live model of their own, so that they reach the event streams, the stores
 * ({@link SupervisionNoticesApplied}) and the cluster's relay like every committed change. No transaction: nothing
 * is stored in the database, so there is nothing to roll back and nothing a rebuild of the model reads.
 */
@ApplicationScoped
public class SupervisionNotices {

    private LiveModel live;
    private Event<Notice> fired;

    /** For the container's proxy, and for tests that take the notices themselves. */
    protected SupervisionNotices() {
    }

    @Inject
    public SupervisionNotices(LiveModel live, Event<Notice> fired) {
        this.live = live;
        this.fired = fired;
    }

    /** The notices, in order, as one change; nothing when there are none. */
    public void commit(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        LiveChange change = new LiveChange(fired::fire);
        notices.forEach(change::announce);
        // a model not read yet would drop the change: read it first (a no-op once it is read, as it is by now)
        live.current();
        live.commit(change);
    }
}
