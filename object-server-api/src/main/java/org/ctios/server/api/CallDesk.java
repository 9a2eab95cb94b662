package org.ctios.server.api;

import java.util.Map;

/**
 * Call control for the REST API and for enterprise applications deployed beside CTI OS: inject it and make calls,
 * act on them as an agent, set their data. Each method sends the requests through the CTI Server, then waits,
 * bounded by {@code ctios.calls.stored-wait} (default 2 s), until the events they cause are stored, and
 * returns the call as stored.
 *
 * <p>Errors: {@link UnknownCallException}, {@link ActionNotEnabledException} (the enablement rules refuse the
 * action), {@link IllegalArgumentException} (an unknown agent, bad call data, no destination), and the connector's
 * {@code CtiLinkDownException}, {@code CtiTimeoutException}, {@code CtiRequestRefusedException}. No transaction
 * is held while the CTI Server answers.
 */
public interface CallDesk {

    /**
     * The agent dials {@code destination} from its instrument (extension when it has none): another agent's
     * extension, a skill group's number, an outside number. The agent must have its make-call button (Not Ready,
     * no call).
     */
    CallOutcome makeCall(String agentId, String destination, Map<String, String> callVariables,
                         Map<String, String> ecc);

    /**
     * The agent acts on the call at its device, as a CTI OS softphone does (see {@link CallAction}): the requests
     * are chosen from the agent's enabled buttons and its legs on its calls.
     */
    default CallOutcome act(long callId, CallAction action, String agentId, String destination) {
        return act(callId, action, agentId, new ActionDetails(destination, null, null));
    }

    /**
     * The agent acts on the call with what the action needs: a destination (CONSULT, SINGLE_STEP_TRANSFER,
     * DEFLECT), another party's device (DROP_PARTY), DTMF digits (SEND_DTMF; see {@link CallDataInput#checkDigits}).
     * START_RECORDING and STOP_RECORDING change the call's {@code recording} as soon as the CTI Server confirms them
     * (the switch sends no event for them), and enter the change in the call's timeline.
     */
    CallOutcome act(long callId, CallAction action, String agentId, ActionDetails details);

    /**
     * What some actions need besides the call and the agent; null where the action needs none.
     *
     * @param destination the number to dial or to deflect to
     * @param party       the device of the party to drop
     * @param digits      the DTMF digits to send
     */
    record ActionDetails(String destination, String party, String digits) {

        public static final ActionDetails NONE = new ActionDetails(null, null, null);
    }

    /**
     * Sets call variables (those given replace the call's), ECC variables and, when not null, wrap-up data. Any
     * application may set a call's data: no agent is involved.
     */
    CallOutcome setData(long callId, Map<String, String> callVariables, Map<String, String> ecc, String wrapupData);
}
