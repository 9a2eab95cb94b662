package org.ctios.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.system.SystemEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayServerTest {

    private static final int FRAMES = 400;

    private Recording recording;
    private ReplayServer server;

    @BeforeEach
    void start() throws Exception {
        recording = systemEvents(FRAMES);
        server = ReplayServer.start(recording, InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void opensTheSessionWithThePeripheralOnline() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port())) {
            assertThat(server.hasSession()).isFalse();

            OpenConf open = client.open();

            assertThat(open.invokeId()).isEqualTo(1);
            assertThat(open.peripheralOnline()).isTrue();
            assertThat(open.servicesGranted()).isEqualTo(TrafficRecorder.SERVICES);
            assertThat(server.awaitSession(Duration.ofSeconds(5))).isTrue();
            assertThat(server.hasSession()).isTrue();
        }
    }

    @Test
    void answersHeartbeatsAndRefusesSnapshotRequestsWithTheirInvokeId() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port())) {
            client.open();

            client.send(new HeartbeatReq(77));
            assertThat(client.readMessage()).isEqualTo(new HeartbeatConf(77));
            client.send(new QueryAgentStateReq(78, 5000, 1, 0, null, "1001", null));
            assertThat(client.readMessage()).isInstanceOfSatisfying(ControlFailureConf.class,
                    refusal -> assertThat(refusal.invokeId()).isEqualTo(78));
            client.send(new SnapshotDeviceReq(79, 5000, 0, "2001"));
            assertThat(client.readMessage()).isInstanceOfSatisfying(ControlFailureConf.class,
                    refusal -> assertThat(refusal.invokeId()).isEqualTo(79));
            client.send(new SnapshotCallReq(80, 5000, 100_001, 0, ""));
            assertThat(client.readMessage()).isInstanceOfSatisfying(ControlFailureConf.class,
                    refusal -> assertThat(refusal.invokeId()).isEqualTo(80));

            assertThat(server.heartbeatsAnswered()).isEqualTo(1);
            assertThat(server.requestsRefused()).isEqualTo(3);
        }
    }

    @Test
    void replaysARangeByteForByteInOrder() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port())) {
            client.open();

            ReplayResult result = server.replay(3, 303, Pacing.asFastAsPossible());

            assertThat(result.framesSent()).isEqualTo(300);
            long bytes = 0;
            for (int i = 3; i < 303; i++) {
                assertThat(client.readFrame()).as("frame %d", i).isEqualTo(recording.frame(i).bytes());
                bytes += recording.frame(i).bytes().length;
            }
            assertThat(result.bytesSent()).isEqualTo(bytes);
        }
    }

    @Test
    void keepsAnsweringRequestsWhileReplaying() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port())) {
            client.open();
            CompletableFuture<ReplayResult> replay = replayInBackground(0, 100, Pacing.fixedRate(200));

            client.send(new HeartbeatReq(500));
            List<byte[]> replayed = new ArrayList<>();
            List<CtiMessage> answers = new ArrayList<>();
            while (replayed.size() < 100) {
                byte[] frame = client.readFrame();
                if (ReplayClient.messageType(frame) == MessageType.SYSTEM_EVENT.number()) {
                    replayed.add(frame);
                } else {
                    answers.add(client.decode(frame));
                }
            }
            replay.get(10, TimeUnit.SECONDS);

            assertThat(answers).containsExactly(new HeartbeatConf(500));
            for (int i = 0; i < 100; i++) {
                assertThat(replayed.get(i)).as("frame %d", i).isEqualTo(recording.frame(i).bytes());
            }
        }
    }

    @Test
    void aFixedRateIsNotExceeded() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port())) {
            client.open();
            CompletableFuture<ReplayResult> replay = replayInBackground(0, 300, Pacing.fixedRate(1_000));
            for (int i = 0; i < 300; i++) {
                client.readFrame();
            }

            ReplayResult result = replay.get(10, TimeUnit.SECONDS);

            // 300 frames at 1,000/s take 0.3 s; only a lower bound is asserted, a loaded machine may be slower.
            assertThat(result.framesSent()).isEqualTo(300);
            assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(240));
        }
    }

    @Test
    void refusesASecondConnection() throws Exception {
        try (ReplayClient client = new ReplayClient(server.port());
             Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.open();
            second.setSoTimeout(5_000);

            assertThat(second.getInputStream().read()).isEqualTo(-1);
            assertThat(server.awaitSession(Duration.ofSeconds(5))).isTrue();
            client.send(new HeartbeatReq(9));
            assertThat(client.readMessage()).isEqualTo(new HeartbeatConf(9));
        }
    }

    @Test
    void cannotReplayWithoutASession() {
        assertThatThrownBy(() -> server.replay(0, 1, Pacing.asFastAsPossible()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Pacing.fixedRate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private CompletableFuture<ReplayResult> replayInBackground(int from, int to, Pacing pacing) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return server.replay(from, to, pacing);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A recording of distinct SYSTEM_EVENT frames. */
    private static Recording systemEvents(int count) throws Exception {
        CtiCodec codec = CtiCodec.v24();
        List<RecordedFrame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] frame = codec.encode(new SystemEvent(0, i, 1, 0, 0, 0, 0, "event-" + i, null));
            frames.add(new RecordedFrame(i * 1_000L, frame));
        }
        return new Recording(frames);
    }
}
