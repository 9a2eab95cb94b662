package org.ctios.server.domain.enablement;

import static org.ctios.server.domain.enablement.AgentAction.ALTERNATE;
import static org.ctios.server.domain.enablement.AgentAction.ANSWER;
import static org.ctios.server.domain.enablement.AgentAction.BAD_CALL;
import static org.ctios.server.domain.enablement.AgentAction.CLEAR_CALL;
import static org.ctios.server.domain.enablement.AgentAction.CONFERENCE_COMPLETE;
import static org.ctios.server.domain.enablement.AgentAction.CONFERENCE_INIT;
import static org.ctios.server.domain.enablement.AgentAction.DEFLECT;
import static org.ctios.server.domain.enablement.AgentAction.DROP_PARTY;
import static org.ctios.server.domain.enablement.AgentAction.HOLD;
import static org.ctios.server.domain.enablement.AgentAction.RECONNECT;
import static org.ctios.server.domain.enablement.AgentAction.RELEASE;
import static org.ctios.server.domain.enablement.AgentAction.RETRIEVE;
import static org.ctios.server.domain.enablement.AgentAction.SEND_DTMF;
import static org.ctios.server.domain.enablement.AgentAction.SINGLE_STEP_TRANSFER;
import static org.ctios.server.domain.enablement.AgentAction.START_RECORDING;
import static org.ctios.server.domain.enablement.AgentAction.STOP_RECORDING;
import static org.ctios.server.domain.enablement.AgentAction.TRANSFER_COMPLETE;
import static org.ctios.server.domain.enablement.AgentAction.TRANSFER_INIT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The call buttons of an agent's live call legs: a table of two-call configurations (a held call with a second
 * one), and otherwise the union of what each leg enables on its own; plus, in every configuration, the features of
 * each call by itself (deflecting a ringing call; DTMF, recording, a bad-line report, clearing the call and dropping
 * a conference's party on a connected one), which never depend on the agent's other calls.
 */
final class CallButtons {

    /**
     * A held call together with one other leg.
     *
     * @param other what the other leg is
     * @param consultation whether the other leg must be a consultation started from the held call
     * @param enabled the buttons of the configuration
     */
    private record HeldPlus(LegKind other, boolean consultation, Set<AgentAction> enabled) {

        boolean matches(CallLeg held, CallLeg candidate) {
            return LegKind.of(held) == LegKind.HELD && LegKind.of(candidate) == other
                    && candidate.consultation() == consultation;
        }
    }

    private static final List<HeldPlus> HELD_PLUS_ONE = List.of(
            // The consulted party's phone rings: transfer now (blind on ring), or give up and take the call back.
            new HeldPlus(LegKind.DIALLING, true, Buttons.of(TRANSFER_COMPLETE, RECONNECT, RELEASE)),
            new HeldPlus(LegKind.ACTIVE, true,
                    Buttons.of(TRANSFER_COMPLETE, CONFERENCE_COMPLETE, ALTERNATE, RECONNECT, RELEASE)),
            // Two unrelated calls: Retrieve would need the active one held first, which is what Alternate does.
            new HeldPlus(LegKind.ACTIVE, false, Buttons.of(ALTERNATE, RELEASE)));

    private CallButtons() {
    }

    /** The buttons of these legs, which must all be live. */
    static Set<AgentAction> enabledBy(List<CallLeg> liveLegs) {
        EnumSet<AgentAction> enabled = EnumSet.noneOf(AgentAction.class);
        enabled.addAll(heldPlusOne(liveLegs).orElseGet(() -> eachLegOnItsOwn(liveLegs)));
        for (CallLeg leg : liveLegs) {
            enabled.addAll(featuresOf(leg));
        }
        return enabled;
    }

    /**
     * What a leg enables on its own call whatever else the agent has: a ringing call may be deflected; a connected
     * call (the agent's own, not one it supervises) takes DTMF, recording (start or stop, as it is recorded or not)
     * and a bad-line report, may be cleared for everyone unless it is a conference someone else set up, and its
     * parties may be dropped by the conference's controller.
     */
    private static Set<AgentAction> featuresOf(CallLeg leg) {
        return switch (LegKind.of(leg)) {
            case RINGING -> Buttons.of(DEFLECT);
            case ACTIVE -> {
                EnumSet<AgentAction> features = EnumSet.of(SEND_DTMF, BAD_CALL,
                        leg.recorded() ? STOP_RECORDING : START_RECORDING);
                if (leg.conference() != ConferenceRole.MEMBER) {
                    features.add(CLEAR_CALL);
                }
                if (leg.conference() == ConferenceRole.CONTROLLER) {
                    features.add(DROP_PARTY);
                }
                yield features;
            }
            case GONE, UNDEFINED, DIALLING, SUPERVISING, HELD, QUEUED -> Buttons.of();
        };
    }

    /** What one leg enables when it is the agent's only call. */
    private static Set<AgentAction> aloneEnables(LegKind kind) {
        return switch (kind) {
            case GONE, UNDEFINED -> Buttons.of();
            case RINGING -> Buttons.of(ANSWER);
            // Hang up before the far end answers.
            case DIALLING -> Buttons.of(RELEASE);
            // No single-step conference: the CTI Server's CONFERENCE_CALL joins a held and an active call only.
            case ACTIVE -> Buttons.of(RELEASE, HOLD, TRANSFER_INIT, CONFERENCE_INIT, SINGLE_STEP_TRANSFER);
            // A supervisor may leave the agent's call, not hold or transfer the agent's customer.
            case SUPERVISING -> Buttons.of(RELEASE);
            // Release acts on the active call; a held one is retrieved first.
            case HELD -> Buttons.of(RETRIEVE);
            // Give up waiting for the skill group.
            case QUEUED -> Buttons.of(RELEASE);
        };
    }

    private static Optional<Set<AgentAction>> heldPlusOne(List<CallLeg> legs) {
        if (legs.size() != 2) {
            return Optional.empty();
        }
        for (HeldPlus row : HELD_PLUS_ONE) {
            if (row.matches(legs.get(0), legs.get(1)) || row.matches(legs.get(1), legs.get(0))) {
                return Optional.of(row.enabled());
            }
        }
        return Optional.empty();
    }

    /**
     * The fallback for one leg and for any configuration without a row: what each leg would enable alone, except
     * that answering a ringing call while another is connected would need that call held first.
     */
    private static Set<AgentAction> eachLegOnItsOwn(List<CallLeg> legs) {
        EnumSet<AgentAction> enabled = EnumSet.noneOf(AgentAction.class);
        boolean anyConnected = false;
        for (CallLeg leg : legs) {
            LegKind kind = LegKind.of(leg);
            enabled.addAll(aloneEnables(kind));
            anyConnected |= kind == LegKind.ACTIVE || kind == LegKind.SUPERVISING;
        }
        if (anyConnected) {
            enabled.remove(ANSWER);
        }
        return enabled;
    }
}
