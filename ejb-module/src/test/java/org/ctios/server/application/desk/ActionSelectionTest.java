package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctios.protocol.types.LocalConnectionState.ALERTING;
import static org.ctios.protocol.types.LocalConnectionState.CONNECT;
import static org.ctios.protocol.types.LocalConnectionState.HOLD;
import static org.ctios.protocol.types.LocalConnectionState.INITIATE;
import static org.ctios.protocol.types.LocalConnectionState.NULL;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.application.CtiStep;
import org.ctios.server.application.translation.ProtocolEnums;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.enablement.AgentRole;
import org.ctios.server.domain.enablement.AgentSituation;
import org.ctios.server.domain.enablement.ButtonEnablement;
import org.ctios.server.domain.enablement.CallLeg;
import org.ctios.server.domain.enablement.ConferenceRole;
import org.ctios.connector.api.RecordingSession;
import org.ctios.server.api.CallDesk.ActionDetails;
import org.junit.jupiter.api.Test;

/** Which CTI requests each action becomes, with the enabled buttons the real enablement tables give. */
class ActionSelectionTest {

    private static final String PHONE = "2001";
    private static final long CUSTOMER = 100;
    private static final long CONSULTATION = 101;

    private static AgentLeg leg(long callId, LocalConnectionState state) {
        return new AgentLeg(callId, PHONE, state);
    }

    /** The agent's buttons as the object server computes them for these legs (the consultation is the agent's). */
    private static Set<AgentAction> buttons(AgentLeg... legs) {
        List<CallLeg> callLegs = java.util.Arrays.stream(legs)
                .map(leg -> new CallLeg(leg.callId(), ProtocolEnums.toDomain(leg.state()), leg.callId() == CONSULTATION,
                        false, leg.recorded(), leg.conferenceController() == null ? ConferenceRole.NONE
                        : leg.controlsConference() ? ConferenceRole.CONTROLLER : ConferenceRole.MEMBER)).toList();
        Set<AgentAction> viewed = EnumSet.noneOf(AgentAction.class);
        ButtonEnablement.enabled(new AgentSituation(AgentState.TALKING, AgentRole.AGENT, callLegs))
                .forEach(action -> viewed.add(AgentAction.valueOf(action.name())));
        return viewed;
    }

    private static ActionPlan select(CallAction action, long callId, String destination, AgentLeg... legs) {
        return ActionSelection.select(action, callId, List.of(legs), buttons(legs), destination);
    }

    @Test
    void aRingingCallIsAnsweredOrDeflectedAndNothingElse() {
        AgentLeg ringing = leg(CUSTOMER, ALERTING);

        ActionPlan plan = select(CallAction.ANSWER, CUSTOMER, null, ringing);

        assertThat(plan.steps()).containsExactly(new CtiStep.Answer(CUSTOMER, PHONE));
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of(CUSTOMER, CONNECT))).isTrue();
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of(CUSTOMER, ALERTING))).isFalse();
        assertThat(ActionSelection.enabledOn(CUSTOMER, List.of(ringing), buttons(ringing)))
                .containsExactlyInAnyOrder("ANSWER", "DEFLECT");
    }

    @Test
    void aConnectedCallIsHeldReleasedConsultedOrTransferredInOneStep() {
        AgentLeg talking = leg(CUSTOMER, CONNECT);

        assertThat(select(CallAction.HOLD, CUSTOMER, null, talking).steps())
                .containsExactly(new CtiStep.Hold(CUSTOMER, PHONE));
        ActionPlan release = select(CallAction.RELEASE, CUSTOMER, null, talking);
        assertThat(release.steps()).containsExactly(new CtiStep.Release(CUSTOMER, PHONE));
        assertThat(release.isStored(CtiStep.NO_CALL, Map.of())).as("the agent has left the call").isTrue();
        assertThat(select(CallAction.SINGLE_STEP_TRANSFER, CUSTOMER, "2002", talking).steps())
                .containsExactly(new CtiStep.SingleStepTransfer(CUSTOMER, PHONE, "2002"));
        assertThat(ActionSelection.enabledOn(CUSTOMER, List.of(talking), buttons(talking)))
                .containsExactlyInAnyOrder("RELEASE", "HOLD", "CONSULT", "SINGLE_STEP_TRANSFER", "CLEAR_CALL",
                        "SEND_DTMF", "START_RECORDING", "BAD_CALL");
    }

    @Test
    void aConsultationIsStoredWhenTheCustomerIsHeldAndTheNewCallHasTheAgent() {
        ActionPlan plan = select(CallAction.CONSULT, CUSTOMER, "2002", leg(CUSTOMER, CONNECT));

        assertThat(plan.steps()).containsExactly(new CtiStep.Consult(CUSTOMER, PHONE, "2002"));
        assertThat(plan.shownCallId()).isEqualTo(ActionPlan.RESULT_CALL);
        assertThat(plan.isStored(CONSULTATION, Map.of(CUSTOMER, HOLD, CONSULTATION, INITIATE))).isTrue();
        assertThat(plan.isStored(CONSULTATION, Map.of(CUSTOMER, HOLD))).as("consultation not stored yet")
                .isFalse();
    }

    @Test
    void dialingActionsNeedADestination() {
        assertThatThrownBy(() -> select(CallAction.CONSULT, CUSTOMER, " ", leg(CUSTOMER, CONNECT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination");
        assertThatThrownBy(() -> select(CallAction.SINGLE_STEP_TRANSFER, CUSTOMER, null, leg(CUSTOMER, CONNECT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transferAndConferenceCompleteTheAgentsConsultationWhicheverOfTheTwoCallsIsNamed() {
        AgentLeg held = leg(CUSTOMER, HOLD);
        AgentLeg consulting = leg(CONSULTATION, CONNECT);

        for (long named : new long[] {CUSTOMER, CONSULTATION}) {
            assertThat(select(CallAction.TRANSFER, named, null, held, consulting).steps())
                    .containsExactly(new CtiStep.Transfer(CONSULTATION, CUSTOMER, PHONE));
            assertThat(select(CallAction.CONFERENCE, named, null, held, consulting).steps())
                    .containsExactly(new CtiStep.Conference(CONSULTATION, CUSTOMER, PHONE));
        }
        ActionPlan transfer = select(CallAction.TRANSFER, CUSTOMER, null, held, consulting);
        assertThat(transfer.isStored(CUSTOMER, Map.of())).isTrue();
        assertThat(transfer.isStored(CUSTOMER, Map.of(CUSTOMER, HOLD))).isFalse();
        ActionPlan conference = select(CallAction.CONFERENCE, CUSTOMER, null, held, consulting);
        assertThat(conference.isStored(CUSTOMER, Map.of(CUSTOMER, CONNECT))).isTrue();
        assertThat(conference.isStored(CUSTOMER, Map.of(CUSTOMER, CONNECT, CONSULTATION, CONNECT))).isFalse();
    }

    @Test
    void alternateHoldsTheActiveCallAndRetrievesTheHeldOne() {
        AgentLeg held = leg(CUSTOMER, HOLD);
        AgentLeg consulting = leg(CONSULTATION, CONNECT);

        ActionPlan plan = select(CallAction.ALTERNATE, CUSTOMER, null, held, consulting);

        assertThat(plan.steps()).as("one request to the switch, not a hold and a retrieve")
                .containsExactly(new CtiStep.Alternate(CONSULTATION, CUSTOMER, PHONE));
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of(CUSTOMER, CONNECT, CONSULTATION, HOLD))).isTrue();
        assertThat(plan.shownCallId()).isEqualTo(CUSTOMER);
    }

    @Test
    void reconnectReleasesTheConsultationAndRetrievesTheHeldCall() {
        AgentLeg held = leg(CUSTOMER, HOLD);
        AgentLeg ringingAtTheFarEnd = leg(CONSULTATION, INITIATE);

        ActionPlan plan = select(CallAction.RECONNECT, CONSULTATION, null, held, ringingAtTheFarEnd);

        assertThat(plan.steps()).as("one request to the switch, not a release and a retrieve")
                .containsExactly(new CtiStep.Reconnect(CONSULTATION, CUSTOMER, PHONE));
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of(CUSTOMER, CONNECT))).isTrue();
        assertThat(plan.shownCallId()).isEqualTo(CUSTOMER);
    }

    @Test
    void whileTheConsultationRingsOnlyABlindTransferReconnectAndReleaseAreOffered() {
        AgentLeg held = leg(CUSTOMER, HOLD);
        AgentLeg ringingAtTheFarEnd = leg(CONSULTATION, INITIATE);

        assertThat(ActionSelection.enabledOn(CONSULTATION, List.of(held, ringingAtTheFarEnd),
                buttons(held, ringingAtTheFarEnd))).containsExactlyInAnyOrder("TRANSFER", "RECONNECT", "RELEASE");
        assertThatThrownBy(() -> select(CallAction.CONFERENCE, CONSULTATION, null, held, ringingAtTheFarEnd))
                .isInstanceOfSatisfying(ActionNotEnabledException.class, e -> assertThat(e.enabledActions())
                        .containsExactlyInAnyOrder("TRANSFER", "RECONNECT", "RELEASE"));
    }

    @Test
    void anActionTheRulesDoNotAllowIsRefusedWithWhatIsAllowed() {
        AgentLeg held = leg(CUSTOMER, HOLD);

        assertThatThrownBy(() -> select(CallAction.HOLD, CUSTOMER, null, held))
                .isInstanceOfSatisfying(ActionNotEnabledException.class, e -> {
                    assertThat(e.enabledActions()).containsExactly("RETRIEVE");
                    assertThat(e.getMessage()).contains("HOLD", String.valueOf(CUSTOMER));
                });
        assertThatThrownBy(() -> select(CallAction.ANSWER, CUSTOMER, null, leg(CUSTOMER, CONNECT)))
                .isInstanceOf(ActionNotEnabledException.class);
    }

    @Test
    void aButtonThatIsOnDoesNotApplyToALegInTheWrongState() {
        AgentLeg held = leg(CUSTOMER, HOLD);
        AgentLeg consulting = leg(CONSULTATION, CONNECT);
        Set<AgentAction> everything = EnumSet.allOf(AgentAction.class);

        assertThat(ActionSelection.enabledOn(CUSTOMER, List.of(held, consulting), everything))
                .as("the held call can be retrieved or complete the consultation, not be held or released")
                .containsExactlyInAnyOrder("RETRIEVE", "TRANSFER", "CONFERENCE", "ALTERNATE", "RECONNECT");
    }

    @Test
    void anAgentNotOnTheCallOrWhoseLegHasEndedMayDoNothingOnIt() {
        Set<AgentAction> everything = EnumSet.allOf(AgentAction.class);

        assertThat(ActionSelection.enabledOn(CUSTOMER, List.of(leg(CONSULTATION, CONNECT)), everything)).isEmpty();
        assertThat(ActionSelection.enabledOn(CUSTOMER, List.of(leg(CUSTOMER, NULL)), everything)).isEmpty();
        assertThatThrownBy(() -> ActionSelection.select(CallAction.RELEASE, CUSTOMER, List.of(), everything, null))
                .isInstanceOfSatisfying(ActionNotEnabledException.class,
                        e -> assertThat(e.enabledActions()).isEmpty());
    }

    @Test
    void twoHeldCallsMakeTheConsultationAmbiguousSoNothingCompletesIt() {
        AgentLeg heldOne = leg(CUSTOMER, HOLD);
        AgentLeg heldTwo = leg(102, HOLD);
        AgentLeg consulting = leg(CONSULTATION, CONNECT);
        Set<AgentAction> everything = EnumSet.allOf(AgentAction.class);

        assertThat(ActionSelection.enabledOn(CONSULTATION, List.of(heldOne, heldTwo, consulting), everything))
                .doesNotContain("TRANSFER", "CONFERENCE", "ALTERNATE", "RECONNECT");
    }

    private static ActionPlan selectWith(CallAction action, long callId, ActionDetails details, AgentLeg... legs) {
        return ActionSelection.select(action, callId, List.of(legs), buttons(legs), details,
                ActionSelection.Recordings.NONE);
    }

    @Test
    void aRingingCallIsDeflectedToTheDestinationAndTheAgentLeavesIt() {
        AgentLeg ringing = leg(CUSTOMER, ALERTING);

        ActionPlan plan = select(CallAction.DEFLECT, CUSTOMER, "2005", ringing);

        assertThat(plan.steps()).containsExactly(new CtiStep.Deflect(CUSTOMER, PHONE, "2005"));
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of())).isTrue();
        assertThatThrownBy(() -> select(CallAction.DEFLECT, CUSTOMER, null, ringing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination");
        assertThatThrownBy(() -> select(CallAction.DEFLECT, CUSTOMER, "2005", leg(CUSTOMER, CONNECT)))
                .as("only a ringing call").isInstanceOf(ActionNotEnabledException.class);
    }

    @Test
    void aTwoPartyCallIsClearedByAnyOfItsAgentsAConferenceOnlyByItsController() {
        AgentLeg twoParty = new AgentLeg(CUSTOMER, PHONE, CONNECT, false, null, Set.of("0612345678"));
        AgentLeg controller = new AgentLeg(CUSTOMER, PHONE, CONNECT, false, PHONE, Set.of("0612345678", "2005"));
        AgentLeg member = new AgentLeg(CUSTOMER, PHONE, CONNECT, false, "2005", Set.of("0612345678", "2005"));

        assertThat(selectWith(CallAction.CLEAR_CALL, CUSTOMER, ActionDetails.NONE, twoParty).steps())
                .containsExactly(new CtiStep.ClearCall(CUSTOMER, PHONE));
        assertThat(selectWith(CallAction.CLEAR_CALL, CUSTOMER, ActionDetails.NONE, controller).steps())
                .containsExactly(new CtiStep.ClearCall(CUSTOMER, PHONE));
        assertThatThrownBy(() -> selectWith(CallAction.CLEAR_CALL, CUSTOMER, ActionDetails.NONE, member))
                .isInstanceOfSatisfying(ActionNotEnabledException.class,
                        e -> assertThat(e.enabledActions()).contains("RELEASE").doesNotContain("CLEAR_CALL"));
    }

    @Test
    void theConferencesControllerDropsAnotherPartyByItsDevice() {
        AgentLeg controller = new AgentLeg(CUSTOMER, PHONE, CONNECT, false, PHONE, Set.of("0612345678", "2005"));
        AgentLeg member = new AgentLeg(CUSTOMER, PHONE, CONNECT, false, "2005", Set.of("0612345678", "2005"));

        ActionPlan plan = selectWith(CallAction.DROP_PARTY, CUSTOMER, new ActionDetails(null, "2005", null), controller);

        assertThat(plan.steps()).as("CLEAR_CONNECTION on that party's device")
                .containsExactly(new CtiStep.Release(CUSTOMER, "2005"));
        assertThat(plan.isStored(CtiStep.NO_CALL, Map.of(CUSTOMER, CONNECT))).as("the controller stays").isTrue();
        assertThatThrownBy(() -> selectWith(CallAction.DROP_PARTY, CUSTOMER, new ActionDetails(null, "2009", null),
                controller)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2005");
        assertThatThrownBy(() -> selectWith(CallAction.DROP_PARTY, CUSTOMER, new ActionDetails(null, PHONE, null),
                controller)).as("not itself: that is RELEASE").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> selectWith(CallAction.DROP_PARTY, CUSTOMER, ActionDetails.NONE, controller))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party");
        assertThatThrownBy(() -> selectWith(CallAction.DROP_PARTY, CUSTOMER, new ActionDetails(null, "0612345678", null),
                member)).isInstanceOf(ActionNotEnabledException.class);
    }

    @Test
    void dtmfDigitsAreTheDtmfAlphabetAtMost31() {
        AgentLeg talking = leg(CUSTOMER, CONNECT);

        assertThat(selectWith(CallAction.SEND_DTMF, CUSTOMER, new ActionDetails(null, null, "0123456789*#ABCD"), talking)
                .steps()).containsExactly(new CtiStep.SendDtmf(CUSTOMER, PHONE, "0123456789*#ABCD"));
        assertThat(selectWith(CallAction.SEND_DTMF, CUSTOMER, new ActionDetails(null, null, "1".repeat(31)), talking)
                .steps()).hasSize(1);
        for (String bad : new String[] {null, "", "1".repeat(32), "12e", "a", " 1", "1-2"}) {
            assertThatThrownBy(() -> selectWith(CallAction.SEND_DTMF, CUSTOMER, new ActionDetails(null, null, bad),
                    talking)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("digits");
        }
        assertThatThrownBy(() -> selectWith(CallAction.SEND_DTMF, CUSTOMER, new ActionDetails(null, null, "1"),
                leg(CUSTOMER, HOLD))).as("connected calls only").isInstanceOf(ActionNotEnabledException.class);
    }

    @Test
    void recordingStartsOnAnUnrecordedCallAndStopsWithTheSessionTheStartNamed() {
        AgentLeg unrecorded = leg(CUSTOMER, CONNECT);
        AgentLeg recorded = new AgentLeg(CUSTOMER, PHONE, CONNECT, true, null, Set.of());
        RecordingSession session = new RecordingSession(CUSTOMER, PHONE, 7, 8);
        RecordingSession[] kept = new RecordingSession[1];
        ActionSelection.Recordings recordings = new ActionSelection.Recordings() {
            @Override
            public java.util.function.Consumer<RecordingSession> keeper() {
                return started -> kept[0] = started;
            }

            @Override
            public RecordingSession sessionOf(long callId, String device) {
                return kept[0] != null ? kept[0] : RecordingSession.anyServer(callId, device);
            }
        };

        ActionPlan start = ActionSelection.select(CallAction.START_RECORDING, CUSTOMER, List.of(unrecorded),
                buttons(unrecorded), ActionDetails.NONE, recordings);
        ((CtiStep.StartRecording) start.steps().get(0)).started().accept(session);
        ActionPlan stop = ActionSelection.select(CallAction.STOP_RECORDING, CUSTOMER, List.of(recorded),
                buttons(recorded), ActionDetails.NONE, recordings);

        assertThat(stop.steps()).containsExactly(new CtiStep.StopRecording(session));
        assertThatThrownBy(() -> selectWith(CallAction.STOP_RECORDING, CUSTOMER, ActionDetails.NONE, unrecorded))
                .isInstanceOf(ActionNotEnabledException.class);
        assertThatThrownBy(() -> selectWith(CallAction.START_RECORDING, CUSTOMER, ActionDetails.NONE, recorded))
                .isInstanceOf(ActionNotEnabledException.class);
    }

    @Test
    void aConnectedCallIsReportedAsABadLine() {
        AgentLeg talking = leg(CUSTOMER, CONNECT);

        assertThat(selectWith(CallAction.BAD_CALL, CUSTOMER, ActionDetails.NONE, talking).steps())
                .containsExactly(new CtiStep.BadCall(CUSTOMER, PHONE));
    }
}
