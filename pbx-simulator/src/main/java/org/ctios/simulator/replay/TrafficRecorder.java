package org.ctios.simulator.replay;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.FrameReader;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.stream.MessageWriter;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CtiService;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.Scenario;

/**
 * Records simulator traffic for replay: starts the simulator in this JVM with its switch idle, opens a monitor-mode
 * session as the CTI OS connector does (ALL_EVENTS with control and call data, every call event, every agent
 * state), then begins the shift, so the recording starts with the agents' logins, and writes every event frame it
 * receives, byte for byte, to a {@link Recording} file until it has enough frames or time is up.
 */
public final class TrafficRecorder {

    /** The connector's monitor-mode session: see CtiLink and the adapter's default service mask. */
    static final long SERVICES = CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_CONTROL,
            CtiService.CALL_DATA_UPDATE);
    static final long ALL_CALL_EVENTS = 0xFFFF_FFFFL;
    private static final long NO_IDLE_TIMEOUT = 0xFFFF_FFFFL;
    private static final long ALL_PERIPHERALS = 0xFFFF_FFFFL;
    private static final int READ_TICK_MILLIS = 200;
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Call data is set on one answered call in four. */
    private static final int CALL_DATA_ONE_CALL_IN = 4;
    private static final long CALL_DATA_PERIOD_MILLIS = 50;

    private final Scenario scenario;
    private final long seed;

    /** What was recorded. */
    public record Result(long frames, Duration duration, Map<MessageType, Long> framesPerType) {

        public double framesPerSecond() {
            return duration.isZero() ? 0 : frames / (duration.toNanos() / 1e9);
        }
    }

    public TrafficRecorder(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    /**
     * Records until {@code maxFrames} event frames have arrived or {@code maxDuration} has passed since the shift
     * began, whichever comes first.
     *
     * @param progress told about the frames so far every few seconds (a line of text)
     */
    public Result record(Path file, long maxFrames, Duration maxDuration, Consumer<String> progress)
            throws IOException {
        Map<MessageType, Long> perType = new EnumMap<>(MessageType.class);
        ScheduledExecutorService callData = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "recorder-call-data");
            thread.setDaemon(true);
            return thread;
        });
        try (PbxSimulator simulator = PbxSimulator.startBeforeShift(PbxSimulator.Settings.forTests(scenario)
                     .withSeed(seed));
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.sideAPort());
             RecordingWriter writer = RecordingWriter.create(file)) {
            socket.setSoTimeout(READ_TICK_MILLIS);
            FrameReader frames = new FrameReader(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
            open(socket, frames);
            long opened = System.nanoTime();
            simulator.beginShift();
            callData.scheduleWithFixedDelay(new CallDataUpdates(simulator, CALL_DATA_ONE_CALL_IN),
                    CALL_DATA_PERIOD_MILLIS, CALL_DATA_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            long deadline = opened + maxDuration.toNanos();
            long nextProgress = opened + PROGRESS_INTERVAL_NANOS;
            long now = opened;
            while (writer.framesWritten() < maxFrames && now - deadline < 0) {
                boolean read = readFrame(frames);
                now = System.nanoTime();
                if (read) {
                    MessageType type = MessageType.fromNumber(frames.messageType());
                    if (isEvent(type)) {
                        writer.write(now - opened, frames.buffer(), 0, frames.frameSize());
                        perType.merge(type, 1L, Long::sum);
                    }
                }
                if (now - nextProgress >= 0) {
                    progress.accept(String.format("recorded %,d frames in %d s", writer.framesWritten(),
                            TimeUnit.NANOSECONDS.toSeconds(now - opened)));
                    nextProgress += PROGRESS_INTERVAL_NANOS;
                }
            }
            return new Result(writer.framesWritten(), Duration.ofNanos(now - opened), perType);
        } finally {
            callData.shutdownNow();
        }
    }

    /** Sends the connector's OPEN_REQ and skips to OPEN_CONF. */
    private static void open(Socket socket, FrameReader frames) throws IOException {
        MessageWriter writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
        writer.write(new OpenReq(1, ProtocolVersion.V24.number(), NO_IDLE_TIMEOUT, ALL_PERIPHERALS, SERVICES,
                ALL_CALL_EVENTS, AgentState.allStatesMask(), 0, 0, 0, 0, "ctios-recorder", ByteString.empty(), null,
                null, null, null, null));
        long deadline = System.nanoTime() + OPEN_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (readFrame(frames)) {
                int type = frames.messageType();
                if (type == MessageType.OPEN_CONF.number()) {
                    return;
                }
                throw new IOException("the simulator answered OPEN_REQ with " + MessageType.describe(type));
            }
        }
        throw new IOException("no OPEN_CONF within " + OPEN_TIMEOUT);
    }

    /** Reads one frame; false when a read tick passed without one. */
    private static boolean readFrame(FrameReader frames) throws IOException {
        try {
            if (!frames.readFrame()) {
                throw new IOException("the simulator closed the connection");
            }
            return true;
        } catch (SocketTimeoutException tick) {
            return false;
        }
    }

    /** Unsolicited messages only: confirmations answer the recorder and are not traffic. */
    static boolean isEvent(MessageType type) {
        return type != null && type.name().endsWith("_EVENT");
    }
}
