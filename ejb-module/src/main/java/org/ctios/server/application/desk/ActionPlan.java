package org.ctios.server.application.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.CallAction;
import org.ctios.server.application.CtiStep;

/**
 * How an action is carried out and how the stored model shows it done.
 *
 * @param steps         the requests, in order
 * @param expectedLegs  per call, the states the agent's leg may have once the change is stored; an empty set means
 *                      the agent is no longer on that call; the key {@link #RESULT_CALL} stands for the call the
 *                      last step names
 * @param shownCallId   the call to answer with when no step names a resulting call
 */
public record ActionPlan(CallAction action, List<CtiStep> steps, Map<Long, Set<LocalConnectionState>> expectedLegs,
                         long shownCallId) {

    /** Stands for the call the last step resulted in (a consultation, a transfer's or conference's call). */
    public static final long RESULT_CALL = -1;

    /** The agent has left the call. */
    static final Set<LocalConnectionState> GONE = Set.of();

    public ActionPlan {
        steps = List.copyOf(steps);
        expectedLegs = Map.copyOf(expectedLegs);
    }

    /** The expectations with the resulting call's id in place of {@link #RESULT_CALL}. */
    public Map<Long, Set<LocalConnectionState>> expectedLegs(long resultCallId) {
        Map<Long, Set<LocalConnectionState>> resolved = new HashMap<>();
        expectedLegs.forEach((callId, states) -> {
            if (callId != RESULT_CALL) {
                resolved.put(callId, states);
            }
        });
        Set<LocalConnectionState> result = expectedLegs.get(RESULT_CALL);
        if (result != null && resultCallId != CtiStep.NO_CALL) {
            resolved.put(resultCallId, result);
        }
        return resolved;
    }

    /** Whether the agent's live legs, by call, show the change stored. */
    public boolean isStored(long resultCallId, Map<Long, LocalConnectionState> legsNow) {
        return expectedLegs(resultCallId).entrySet().stream().allMatch(expected -> {
            LocalConnectionState now = legsNow.get(expected.getKey());
            return expected.getValue().isEmpty() ? now == null : expected.getValue().contains(now);
        });
    }
}
