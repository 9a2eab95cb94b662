package org.ctios.server.api.view;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ctios.protocol.types.AgentState;

/**
 * An agent as the interfaces show it: identity, organisation, state, calls, and the buttons its desktop may offer.
 *
 * @param firstName      the agent's first name as the organisation gives it (CTI OS's FirstName), or null
 * @param lastName       its last name (LastName), or null
 * @param skillGroups    the numbers of the skill groups the agent belongs to
 * @param callIds        the calls in progress at the agent's devices
 * @param enabledActions    what the agent may do now
 * @param pendingState      the state the agent asked for during a call, which the switch takes when the call ends;
 *                          null when none is pending
 * @param pendingReasonCode the reason code of the pending state, 0 when none
 */
public record AgentView(String id, String extension, String instrument, String firstName, String lastName,
                        Integer teamId, boolean supervisor, AgentState state, int reasonCode, Instant stateSince,
                        Instant loggedInSince, List<Long> skillGroups, List<Long> callIds,
                        Set<AgentAction> enabledActions, AgentState pendingState, int pendingReasonCode) {

    public AgentView {
        skillGroups = List.copyOf(skillGroups);
        callIds = List.copyOf(callIds);
        enabledActions = Set.copyOf(enabledActions);
    }
}
