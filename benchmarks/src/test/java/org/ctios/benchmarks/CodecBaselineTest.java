package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.ctios.protocol.ProtocolException;
import org.ctios.simulator.replay.RecordedFrame;
import org.ctios.simulator.replay.Recording;
import org.junit.jupiter.api.Test;

class CodecBaselineTest {

    /** HEARTBEAT_REQ (type 5): an 8-byte header and the 4-byte InvokeID. */
    private static RecordedFrame heartbeat(int invokeId) {
        return new RecordedFrame(0, ByteBuffer.allocate(12).putInt(4).putInt(5).putInt(invokeId).array());
    }

    @Test
    void decodesWholePassesOfTheRecordingForAtLeastTheMeasuredTime() throws Exception {
        Recording recording = new Recording(List.of(heartbeat(1), heartbeat(2), heartbeat(3)));

        CodecBaseline.Result result = CodecBaseline.run(recording, Duration.ofMillis(50));

        assertThat(result.frames()).isPositive();
        assertThat(result.frames() % 3).as("whole passes").isZero();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(result.framesPerSecond()).isEqualTo(result.frames() / (result.elapsed().toNanos() / 1e9));
    }

    @Test
    void aFrameTheCodecRefusesStopsTheBaseline() {
        RecordedFrame truncated = new RecordedFrame(0, ByteBuffer.allocate(10).putInt(4).putInt(5).array());

        assertThatThrownBy(() -> CodecBaseline.run(new Recording(List.of(truncated)), Duration.ofMillis(10)))
                .isInstanceOf(ProtocolException.class);
    }
}
