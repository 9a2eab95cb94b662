package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.view.CallView;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallNotice;

/**
 * Reads the current state of everything a batch of notices concerns in one transaction that writes nothing: the
 * calls, then the agents named by the notices or on those calls, each with a few set-based queries whatever the
 * batch's size (instead of two or more queries per notice).
 */
@ApplicationScoped
@Transactional
public class NoticeBatchReader {

    @Inject
    private AgentQueries agents;

    @Inject
    private CallQueries calls;

    public ConcernedState read(Collection<?> notices) {
        Set<Long> callIds = new LinkedHashSet<>();
        Set<String> agentIds = new LinkedHashSet<>();
        for (Object notice : notices) {
            if (notice instanceof AgentStateNotice state) {
                agentIds.add(state.agentId());
            } else if (notice instanceof CallNotice call) {
                callIds.add(call.callId());
                if (call instanceof CallDeliveredNotice delivered && delivered.agentId() != null) {
                    agentIds.add(delivered.agentId());
                } else if (call instanceof CallEndedNotice ended) {
                    agentIds.addAll(ended.agentIds());
                } else if (call instanceof CallChangedNotice changed) {
                    agentIds.addAll(changed.departedAgentIds());
                }
            }
        }
        Map<Long, CallView> currentCalls = calls.byIds(callIds);
        currentCalls.values().forEach(call -> agentIds.addAll(call.agentIds()));
        return new ConcernedState(currentCalls, agents.byIds(agentIds));
    }
}
