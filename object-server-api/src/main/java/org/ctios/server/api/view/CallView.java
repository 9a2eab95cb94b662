package org.ctios.server.api.view;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call in progress as the interfaces show it.
 *
 * @param callVariables  {@code CallVariable1}... to their values, those set only
 * @param ecc            ECC variables by name (arrays as {@code name[index]})
 * @param enabledActions per agent on the call, what that agent may do now
 * @param begunUnseen    first known from a snapshot: it began while the link was down or before the start
 * @param recording      being recorded, as the CTI Server last confirmed a start or a stop
 * @param conferenceController the device that made the call a conference (which alone may clear it for everyone
 *                       or drop a party), or null when it is not one
 */
public record CallView(long id, String callKey, CallState state, Integer callType, String ani, String dnis,
                       String dialedNumber, String callerEnteredDigits, Map<String, String> callVariables,
                       Map<String, String> ecc, String wrapupData, Long skillGroupNumber, Long routerCallKeyDay,
                       Long routerCallKeyCallId, Instant begunAt, Instant queuedAt, Instant deliveredAt,
                       Instant answeredAt, List<PartyView> parties, List<String> agentIds,
                       Map<String, Set<AgentAction>> enabledActions, boolean begunUnseen, boolean recording,
                       String conferenceController) {

    /** The order of calls in lists: oldest first, then by id. */
    public static final Comparator<CallView> OLDEST_FIRST = Comparator.comparing(CallView::begunAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(CallView::id);

    public CallView {
        callVariables = Map.copyOf(callVariables);
        ecc = Map.copyOf(ecc);
        parties = List.copyOf(parties);
        agentIds = List.copyOf(agentIds);
        enabledActions = Map.copyOf(enabledActions);
    }
}
