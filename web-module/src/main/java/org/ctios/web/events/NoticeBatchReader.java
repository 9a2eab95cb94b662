package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ctios.server.events.LiveSnapshot;
import org.ctios.server.events.LiveUpdates;
import org.ctios.server.api.view.CallView;
import org.ctios.server.events.Concerns;
import org.ctios.server.events.Notice;

/**
 * Reads the current state of everything a batch of notices concerns, as each notice answers it, from one version of
 * the live model: the calls, then the agents named by the notices or on those calls. No database access: the model already shows every notice
 * that reaches here.
 */
@ApplicationScoped
public class NoticeBatchReader {

    private LiveUpdates live;

    /** For the container's proxy. */
    protected NoticeBatchReader() {
    }

    @Inject
    public NoticeBatchReader(LiveUpdates live) {
        this.live = live;
    }

    public ConcernedState read(Collection<? extends Notice> notices) {
        Set<Long> callIds = new LinkedHashSet<>();
        Set<String> agentIds = new LinkedHashSet<>();
        for (Notice notice : notices) {
            Concerns concerns = notice.concerns();
            callIds.addAll(concerns.callIds());
            agentIds.addAll(concerns.agentIds());
        }
        LiveSnapshot state = live.current();
        Map<Long, CallView> currentCalls = state.calls(callIds);
        currentCalls.values().forEach(call -> agentIds.addAll(call.agentIds()));
        return new ConcernedState(currentCalls, state.agents(agentIds));
    }
}
