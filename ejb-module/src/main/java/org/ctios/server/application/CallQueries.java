package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.CallReads;
import org.ctios.server.api.view.CallView;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;

/** The calls in progress as the interfaces show them, from the live model: no database access. */
@ApplicationScoped
public class CallQueries implements CallReads {

    private LiveModel live;

    /** For the container's proxy. */
    protected CallQueries() {
    }

    @Inject
    public CallQueries(LiveModel live) {
        this.live = live;
    }

    /**
     * The calls in progress, oldest first.
     *
     * @param agentId          only the calls at this agent's devices, when not null
     * @param skillGroupNumber only the calls for this skill group, when not null
     */
    @Override
    public List<CallView> all(String agentId, Long skillGroupNumber) {
        LiveState state = live.current();
        List<CallView> selected = agentId != null ? state.callsOf(agentId) : state.calls();
        return skillGroupNumber == null ? selected
                : selected.stream().filter(call -> skillGroupNumber.equals(call.skillGroupNumber())).toList();
    }

    @Override
    public Optional<CallView> byId(long callId) {
        return live.current().call(callId);
    }

    /** These calls in progress, each as {@link #byId} shows it, from one version; others are left out. */
    @Override
    public Map<Long, CallView> byIds(Collection<Long> callIds) {
        return live.current().calls(callIds);
    }
}
