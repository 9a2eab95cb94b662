package org.ctios.server.application.desk;

import static org.ctios.protocol.types.LocalConnectionState.ALERTING;
import static org.ctios.protocol.types.LocalConnectionState.CONNECT;
import static org.ctios.protocol.types.LocalConnectionState.HOLD;
import static org.ctios.protocol.types.LocalConnectionState.INITIATE;
import static org.ctios.protocol.types.LocalConnectionState.QUEUED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.CallDesk.ActionDetails;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.application.CtiStep;

/**
 * Chooses the CTI requests for an agent's action on a call, from the agent's enabled buttons (the enablement tables)
 * and its legs, as a CTI OS softphone does: transfer and conference complete the agent's consultation (its held and
 * its active call), alternate holds the active call and retrieves the held one and reconnect releases the
 * consultation and retrieves the held call, each in one request to the switch; a conference's controller may clear
 * the call for everyone or drop a party; DTMF, recording and bad-line reports act on a connected call. Pure: no
 * container, no I/O.
 */
public final class ActionSelection {

    /** Agent leg states on a call the agent is actively on (dialling, queued, talking). */
    private static final Set<LocalConnectionState> ACTIVE = EnumSet.of(CONNECT, INITIATE, QUEUED);
    /** The consultation side of a pair: connected, or still dialling (a transfer may complete on ring). */
    private static final Set<LocalConnectionState> CONSULTING = EnumSet.of(CONNECT, INITIATE);

    private ActionSelection() {
    }

    /** Where the recordings started here are kept, so that a stop echoes what the start's confirmation named. */
    public interface Recordings {

        /** Keeps nothing: a stop then names any recording server. */
        Recordings NONE = new Recordings() {
            @Override
            public Consumer<RecordingSession> keeper() {
                return session -> { };
            }

            @Override
            public RecordingSession sessionOf(long callId, String device) {
                return RecordingSession.anyServer(callId, device);
            }
        };

        /** Receives the session a start's confirmation named. */
        Consumer<RecordingSession> keeper();

        /** The session to stop: the one kept for the call, else {@link RecordingSession#anyServer}. */
        RecordingSession sessionOf(long callId, String device);
    }

    /**
     * The plan for {@code action} on call {@code callId}.
     *
     * @param legs        the agent's legs on its calls in progress
     * @param enabled     the agent's enabled buttons now
     * @param destination the number to dial, for the actions that dial
     * @throws ActionNotEnabledException when the rules do not allow it, with the actions they do allow
     * @throws IllegalArgumentException  when a dialling action has no destination
     */
    public static ActionPlan select(CallAction action, long callId, List<AgentLeg> legs, Set<AgentAction> enabled,
                                    String destination) {
        return select(action, callId, legs, enabled, new ActionDetails(destination, null, null), Recordings.NONE);
    }

    /**
     * The plan for {@code action} on call {@code callId}, with what the action needs.
     *
     * @throws ActionNotEnabledException when the rules do not allow it, with the actions they do allow
     * @throws IllegalArgumentException  when the action lacks its destination, party or digits, or the party is not
     *                                   another party of the call
     */
    public static ActionPlan select(CallAction action, long callId, List<AgentLeg> legs, Set<AgentAction> enabled,
                                    ActionDetails details, Recordings recordings) {
        if (action.needsDestination() && (details.destination() == null || details.destination().isBlank())) {
            throw new IllegalArgumentException(action + " needs a destination");
        }
        if (action.needsParty() && (details.party() == null || details.party().isBlank())) {
            throw new IllegalArgumentException(action + " needs the party to drop (its device)");
        }
        if (action.needsDigits()) {
            org.ctios.server.api.CallDataInput.checkDigits(details.digits());
        }
        ActionPlan plan = plan(action, callId, legs, enabled, details, recordings).orElseThrow(
                () -> new ActionNotEnabledException(action + " is not enabled for this agent on call " + callId,
                        enabledOn(callId, legs, enabled)));
        if (action == CallAction.DROP_PARTY) {
            AgentLeg target = legs.stream().filter(leg -> leg.callId() == callId && leg.isLive()).findFirst()
                    .orElseThrow();
            if (!target.otherParties().contains(details.party())) {
                throw new IllegalArgumentException("party '" + details.party() + "' is not another party of call "
                        + callId + "; its other parties are " + new TreeSet<>(target.otherParties()));
            }
        }
        return plan;
    }

    /** The actions the agent may take on the call now, by name. */
    public static Set<String> enabledOn(long callId, List<AgentLeg> legs, Set<AgentAction> enabled) {
        Set<String> names = new TreeSet<>();
        for (CallAction action : CallAction.values()) {
            if (plan(action, callId, legs, enabled, PROBE, Recordings.NONE).isPresent()) {
                names.add(action.name());
            }
        }
        return names;
    }

    /** What {@link #enabledOn} plans with: whether an action is allowed does not depend on these. */
    private static final ActionDetails PROBE = new ActionDetails("0", "", "0");

    private static Optional<ActionPlan> plan(CallAction action, long callId, List<AgentLeg> allLegs,
                                             Set<AgentAction> enabled, ActionDetails details,
                                             Recordings recordings) {
        String destination = details.destination();
        List<AgentLeg> legs = allLegs.stream().filter(AgentLeg::isLive).toList();
        Optional<AgentLeg> found = legs.stream().filter(leg -> leg.callId() == callId).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AgentLeg target = found.get();
        String device = target.device();
        return switch (action) {
            case ANSWER -> when(enabled.contains(AgentAction.ANSWER) && target.state() == ALERTING,
                    () -> single(action, new CtiStep.Answer(callId, device), callId, Set.of(CONNECT)));
            case RELEASE -> when(enabled.contains(AgentAction.RELEASE) && ACTIVE.contains(target.state()),
                    () -> single(action, new CtiStep.Release(callId, device), callId, ActionPlan.GONE));
            case HOLD -> when(enabled.contains(AgentAction.HOLD) && target.state() == CONNECT,
                    () -> single(action, new CtiStep.Hold(callId, device), callId, Set.of(HOLD)));
            case RETRIEVE -> when(enabled.contains(AgentAction.RETRIEVE) && target.state() == HOLD,
                    () -> single(action, new CtiStep.Retrieve(callId, device), callId, Set.of(CONNECT)));
            case CONSULT -> when((enabled.contains(AgentAction.TRANSFER_INIT)
                            || enabled.contains(AgentAction.CONFERENCE_INIT)) && target.state() == CONNECT,
                    () -> new ActionPlan(action, List.of(new CtiStep.Consult(callId, device, destination)),
                            Map.of(callId, Set.of(HOLD), ActionPlan.RESULT_CALL, CONSULTING), ActionPlan.RESULT_CALL));
            case SINGLE_STEP_TRANSFER -> when(enabled.contains(AgentAction.SINGLE_STEP_TRANSFER)
                            && target.state() == CONNECT,
                    () -> single(action, new CtiStep.SingleStepTransfer(callId, device, destination), callId,
                            ActionPlan.GONE));
            case TRANSFER -> pair(target, legs, CONSULTING, enabled.contains(AgentAction.TRANSFER_COMPLETE))
                    .map(p -> new ActionPlan(action, List.of(new CtiStep.Transfer(p.active().callId(),
                            p.held().callId(), p.held().device())),
                            Map.of(p.active().callId(), ActionPlan.GONE, p.held().callId(), ActionPlan.GONE),
                            ActionPlan.RESULT_CALL));
            case CONFERENCE -> pair(target, legs, Set.of(CONNECT), enabled.contains(AgentAction.CONFERENCE_COMPLETE))
                    .map(p -> new ActionPlan(action, List.of(new CtiStep.Conference(p.active().callId(),
                            p.held().callId(), p.held().device())),
                            Map.of(p.active().callId(), ActionPlan.GONE, ActionPlan.RESULT_CALL, Set.of(CONNECT)),
                            ActionPlan.RESULT_CALL));
            case ALTERNATE -> pair(target, legs, Set.of(CONNECT), enabled.contains(AgentAction.ALTERNATE))
                    .map(p -> new ActionPlan(action, List.of(new CtiStep.Alternate(p.active().callId(),
                            p.held().callId(), p.active().device())),
                            Map.of(p.active().callId(), Set.of(HOLD), p.held().callId(), Set.of(CONNECT)),
                            callId));
            case RECONNECT -> pair(target, legs, CONSULTING, enabled.contains(AgentAction.RECONNECT))
                    .map(p -> new ActionPlan(action, List.of(new CtiStep.Reconnect(p.active().callId(),
                            p.held().callId(), p.active().device())),
                            Map.of(p.active().callId(), ActionPlan.GONE, p.held().callId(), Set.of(CONNECT)),
                            p.held().callId()));
            case DEFLECT -> when(enabled.contains(AgentAction.DEFLECT) && target.state() == ALERTING,
                    () -> single(action, new CtiStep.Deflect(callId, device, destination), callId,
                            ActionPlan.GONE));
            case CLEAR_CALL -> when(enabled.contains(AgentAction.CLEAR_CALL) && target.state() == CONNECT
                            && !target.inOthersConference(),
                    () -> single(action, new CtiStep.ClearCall(callId, device), callId, ActionPlan.GONE));
            // The agent stays on the call; the desk waits for the party to be gone from it.
            case DROP_PARTY -> when(enabled.contains(AgentAction.DROP_PARTY) && target.state() == CONNECT
                            && target.controlsConference(),
                    () -> single(action, new CtiStep.Release(callId, details.party()), callId, Set.of(CONNECT)));
            case SEND_DTMF -> when(enabled.contains(AgentAction.SEND_DTMF) && target.state() == CONNECT,
                    () -> single(action, new CtiStep.SendDtmf(callId, device, details.digits()), callId,
                            Set.of(CONNECT)));
            case START_RECORDING -> when(enabled.contains(AgentAction.START_RECORDING) && target.state() == CONNECT
                            && !target.recorded(),
                    () -> single(action, new CtiStep.StartRecording(callId, device, recordings.keeper()), callId,
                            Set.of(CONNECT)));
            case STOP_RECORDING -> when(enabled.contains(AgentAction.STOP_RECORDING) && target.state() == CONNECT
                            && target.recorded(),
                    () -> single(action, new CtiStep.StopRecording(recordings.sessionOf(callId, device)), callId,
                            Set.of(CONNECT)));
            case BAD_CALL -> when(enabled.contains(AgentAction.BAD_CALL) && target.state() == CONNECT,
                    () -> single(action, new CtiStep.BadCall(callId, device), callId, Set.of(CONNECT)));
        };
    }

    private static ActionPlan single(CallAction action, CtiStep step, long callId,
                                     Set<LocalConnectionState> expected) {
        return new ActionPlan(action, List.of(step), Map.of(callId, expected), callId);
    }

    private static Optional<ActionPlan> when(boolean allowed, java.util.function.Supplier<ActionPlan> plan) {
        return allowed ? Optional.of(plan.get()) : Optional.empty();
    }

    /** The agent's held call and its active one. */
    private record Pair(AgentLeg held, AgentLeg active) {
    }

    /**
     * The agent's held and active call, the target being one of them; none when the action's button is off or the
     * pair is not unique (two held calls, two active ones).
     */
    private static Optional<Pair> pair(AgentLeg target, List<AgentLeg> legs, Set<LocalConnectionState> activeStates,
                                       boolean buttonEnabled) {
        if (!buttonEnabled) {
            return Optional.empty();
        }
        List<AgentLeg> held = legs.stream().filter(leg -> leg.state() == HOLD).toList();
        List<AgentLeg> active = legs.stream().filter(leg -> activeStates.contains(leg.state())).toList();
        if (held.size() != 1 || active.size() != 1) {
            return Optional.empty();
        }
        Pair pair = new Pair(held.get(0), active.get(0));
        boolean targetInPair = target.equals(pair.held()) || target.equals(pair.active());
        return targetInPair ? Optional.of(pair) : Optional.empty();
    }
}
