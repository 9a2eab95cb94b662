package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.CallDesk;
import org.ctios.server.api.CallDesk.ActionDetails;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.PartyView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.CtiStep;
import org.ctios.server.application.RecordingMarks;
import org.junit.jupiter.api.Test;

/**
 * The call desk with the live model, the CTI Server and the recording marks replaced by maps: which requests the
 * newer actions send, that a recording is marked on the confirmation only, and what is refused before sending.
 */
class CallDeskServiceTest {

    private static final long CALL = 100;
    private static final String PHONE = "2001";

    private final List<CtiStep> sent = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private final Map<Long, CallView> calls = new HashMap<>();
    private final Map<String, AgentView> agents = new HashMap<>();
    private boolean switchRefuses;

    private final CallQueries callQueries = new CallQueries() {
        @Override
        public Optional<CallView> byId(long callId) {
            return Optional.ofNullable(calls.get(callId));
        }

        @Override
        public List<CallView> all(String agentId, Long skillGroupNumber) {
            return calls.values().stream().filter(call -> call.agentIds().contains(agentId)).toList();
        }
    };

    private final AgentQueries agentQueries = new AgentQueries() {
        @Override
        public Optional<AgentView> byId(String agentId) {
            return Optional.ofNullable(agents.get(agentId));
        }
    };

    private final CtiGateway gateway = new CtiGateway() {
        @Override
        public long send(List<CtiStep> steps) {
            if (switchRefuses) {
                throw new IllegalStateException("refused");
            }
            for (CtiStep step : steps) {
                sent.add(step);
                if (step instanceof CtiStep.StartRecording start) {
                    start.started().accept(new RecordingSession(start.callId(), start.device(), 42, 43));
                }
            }
            return CtiStep.NO_CALL;
        }
    };

    private final RecordingMarks recordingMarks = new RecordingMarks() {
        @Override
        public boolean mark(long callId, boolean recorded, String device, Instant at) {
            marks.add(callId + " " + recorded + " at " + device);
            CallView call = calls.get(callId);
            calls.put(callId, call(recorded, call.enabledActions().get("1001")));
            return true;
        }
    };

    private final CallDesk desk = new CallDeskService(gateway, callQueries, agentQueries, new StoredChangeWaits(),
            recordingMarks, Duration.ofMillis(100));

    private static CallView call(boolean recording, Set<AgentAction> enabled) {
        return new CallView(CALL, "key-1", CallState.CONNECTED, 2, "0612345678", "7001", null, null, Map.of(),
                Map.of(), null, 1L, null, null, Instant.EPOCH, null, Instant.EPOCH, Instant.EPOCH,
                List.of(new PartyView(PHONE, "1001", LocalConnectionState.CONNECT, false)), List.of("1001"),
                Map.of("1001", enabled), false, recording, null);
    }

    private void talking(boolean recording) {
        Set<AgentAction> enabled = Set.of(AgentAction.RELEASE, AgentAction.HOLD, AgentAction.SEND_DTMF,
                AgentAction.BAD_CALL, AgentAction.CLEAR_CALL,
                recording ? AgentAction.STOP_RECORDING : AgentAction.START_RECORDING);
        agents.put("1001", new AgentView("1001", PHONE, PHONE, null, null, 1, false, AgentState.TALKING, 0,
                Instant.EPOCH, null, List.of(), List.of(CALL), enabled, null, 0));
        calls.put(CALL, call(recording, enabled));
    }

    @Test
    void recordingIsMarkedOnTheConfirmationAndStoppedWithTheSessionTheStartNamed() {
        talking(false);

        CallOutcome started = desk.act(CALL, CallAction.START_RECORDING, "1001", ActionDetails.NONE);

        assertThat(marks).containsExactly(CALL + " true at " + PHONE);
        assertThat(started.stored()).isTrue();
        assertThat(started.call().orElseThrow().recording()).isTrue();

        talking(true);
        desk.act(CALL, CallAction.STOP_RECORDING, "1001", ActionDetails.NONE);

        assertThat(sent.get(1)).isEqualTo(new CtiStep.StopRecording(new RecordingSession(CALL, PHONE, 42, 43)));
        assertThat(marks).containsExactly(CALL + " true at " + PHONE, CALL + " false at " + PHONE);
    }

    @Test
    void aRecordingTheSwitchRefusedIsNotMarked() {
        talking(false);
        switchRefuses = true;

        assertThatThrownBy(() -> desk.act(CALL, CallAction.START_RECORDING, "1001", ActionDetails.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(marks).isEmpty();
    }

    @Test
    void dtmfIsSentAsGivenAndBadDigitsNeverReachTheSwitch() {
        talking(false);

        desk.act(CALL, CallAction.SEND_DTMF, "1001", new ActionDetails(null, null, "55#"));
        assertThat(sent).containsExactly(new CtiStep.SendDtmf(CALL, PHONE, "55#"));

        assertThatThrownBy(() -> desk.act(CALL, CallAction.SEND_DTMF, "1001", new ActionDetails(null, null, "5x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-9, *, #, A-D");
        assertThatThrownBy(() -> desk.act(CALL, CallAction.SEND_DTMF, "1001",
                new ActionDetails(null, null, "5".repeat(32)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31");
        assertThat(sent).hasSize(1);
    }

    @Test
    void aBadLineAndAClearAreOneRequestEachAtTheAgentsDevice() {
        talking(false);

        desk.act(CALL, CallAction.BAD_CALL, "1001", ActionDetails.NONE);
        calls.remove(CALL);
        talking(false);
        desk.act(CALL, CallAction.CLEAR_CALL, "1001", ActionDetails.NONE);

        assertThat(sent).containsExactly(new CtiStep.BadCall(CALL, PHONE), new CtiStep.ClearCall(CALL, PHONE));
    }
}
