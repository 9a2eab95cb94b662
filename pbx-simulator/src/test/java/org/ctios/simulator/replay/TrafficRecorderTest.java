package org.ctios.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficRecorderTest {

    private static final int AGENTS = 20;
    private static final int FRAMES = 600;

    @TempDir
    static Path directory;
    private static TrafficRecorder.Result result;
    private static Recording recording;

    @BeforeAll
    static void record() throws Exception {
        // Half-second calls, so the call data updates (one answered call in four) find calls still talking.
        TrafficRecorder recorder = new TrafficRecorder(ScenarioLoader.load(AGENTS, 50, 0.01, 0.5, 0.1), 7);
        Path file = directory.resolve("small.rec");
        result = recorder.record(file, FRAMES, Duration.ofSeconds(30), line -> { });
        recording = Recording.read(file);
    }

    @Test
    void recordsTheNumberOfFramesAskedFor() {
        assertThat(result.frames()).isEqualTo(FRAMES);
        assertThat(recording.size()).isEqualTo(FRAMES);
        assertThat(result.framesPerType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(FRAMES);
    }

    @Test
    void everyFrameDecodesAsAnEventWithRisingOffsets() throws Exception {
        CtiCodec codec = CtiCodec.v24();
        long previousOffset = 0;
        for (RecordedFrame frame : recording.frames()) {
            CtiMessage message = codec.decodeFrame(frame.bytes(), 0, frame.bytes().length);
            assertThat(message.messageType()).isEqualTo(frame.messageType());
            assertThat(message.messageType().name()).endsWith("_EVENT");
            assertThat(frame.offsetNanos()).isGreaterThanOrEqualTo(previousOffset);
            previousOffset = frame.offsetNanos();
        }
    }

    @Test
    void startsWithEveryAgentLoggingInThenBecomingAvailable() throws Exception {
        CtiCodec codec = CtiCodec.v24();
        Map<String, List<Integer>> statesPerAgent = new LinkedHashMap<>();
        for (int i = 0; i < 2 * AGENTS; i++) {
            RecordedFrame frame = recording.frame(i);
            assertThat(frame.messageType()).isEqualTo(MessageType.AGENT_STATE_EVENT);
            AgentStateEvent event = (AgentStateEvent) codec.decodeFrame(frame.bytes(), 0, frame.bytes().length);
            statesPerAgent.computeIfAbsent(event.agentId(), id -> new ArrayList<>()).add(event.agentState());
        }
        assertThat(statesPerAgent).hasSize(AGENTS).containsKeys("1001", "1020");
        assertThat(statesPerAgent.values()).allSatisfy(states -> assertThat(states)
                .containsExactly(AgentState.NOT_READY.wire(), AgentState.AVAILABLE.wire()));
    }

    @Test
    void thenCarriesCustomerCallsWithTheirCallData() {
        List<MessageType> types = recording.frames().stream().map(RecordedFrame::messageType).toList();
        assertThat(types.subList(2 * AGENTS, types.size())).contains(MessageType.BEGIN_CALL_EVENT,
                MessageType.CALL_DELIVERED_EVENT, MessageType.CALL_ESTABLISHED_EVENT,
                MessageType.CALL_CONNECTION_CLEARED_EVENT, MessageType.CALL_CLEARED_EVENT, MessageType.END_CALL_EVENT,
                MessageType.CALL_DATA_UPDATE_EVENT, MessageType.AGENT_STATE_EVENT);
        assertThat(types.indexOf(MessageType.BEGIN_CALL_EVENT))
                .isLessThan(types.indexOf(MessageType.CALL_DELIVERED_EVENT));
    }
}
