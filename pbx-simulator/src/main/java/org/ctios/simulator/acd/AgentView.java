package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.scenario.AgentMode;

/**
 * An agent as the switch reports it at one moment.
 *
 * @param calls        the ids of the calls the agent is on
 * @param stateChanges      how many state changes the agent went through since the simulator started
 * @param pendingState      the state the agent asked for during a call, taken when its calls end; null when none
 * @param pendingReasonCode the reason code of that state, 0 when none
 */
public record AgentView(String agentId, String extension, String instrument, List<Integer> skillGroups,
                        Integer teamId, boolean supervisor, AgentMode mode, AgentState state, int reasonCode,
                        Instant stateSince, List<Long> calls, long stateChanges, AgentState pendingState,
                        int pendingReasonCode) {

    public AgentView {
        skillGroups = List.copyOf(skillGroups);
        calls = List.copyOf(calls);
    }

    /** An agent with no state pending. */
    public AgentView(String agentId, String extension, String instrument, List<Integer> skillGroups,
                     Integer teamId, boolean supervisor, AgentMode mode, AgentState state, int reasonCode,
                     Instant stateSince, List<Long> calls, long stateChanges) {
        this(agentId, extension, instrument, skillGroups, teamId, supervisor, mode, state, reasonCode, stateSince,
                calls, stateChanges, null, 0);
    }
}
