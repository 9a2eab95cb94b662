package org.ctios.server.application;

import jakarta.enterprise.event.Event;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.events.Notice;

/** Opens the change a transaction gathers for the live model. */
final class LiveChanges {

    private LiveChanges() {
    }

    /**
     * The transaction's change: once it commits, the live model's next version. The model knows the transaction is
     * committing from its before-completion on, so that a rebuild reads the database with no commit half done.
     */
    static LiveChange open(AfterCompletion afterCompletion, LiveModel live, Event<Notice> notices) {
        LiveChange change = new LiveChange(notices::fire);
        boolean[] committing = {false};
        afterCompletion.registerBeforeCommit(() -> {
            live.committing();
            committing[0] = true;
        });
        afterCompletion.register(committed -> {
            try {
                if (committed) {
                    live.commit(change);
                }
            } finally {
                if (committing[0]) {
                    live.committed();
                }
            }
            if (committed && change.isOrganisationChange()) {
                live.organisationChanged();
            }
        });
        return change;
    }
}
