package org.ctios.protocol.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.Frames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode and decode throughput of the codec on one thread, for the event mix a monitor-mode link carries: per
 * operation one message of the mix, in turn (one CALL_DELIVERED_EVENT with ANI, DNIS, five call variables and two
 * ECC variables, two AGENT_STATE_EVENTs, one HEARTBEAT_CONF), and the CALL_DELIVERED_EVENT alone, the heaviest of
 * them. Run with {@code -prof gc} for the bytes allocated per message ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@Threads(1)
public class CodecBenchmark {

    private final CtiCodec codec = CtiCodec.v24();
    private List<CtiMessage> messages;
    private byte[][] frames;
    private int next;

    @Setup
    public void encodeTheMix() throws ProtocolException {
        messages = EventMix.messages();
        frames = new byte[messages.size()][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = codec.encode(messages.get(i));
        }
    }

    @Benchmark
    public CtiMessage decodeMix() throws ProtocolException {
        byte[] frame = frames[next];
        next = (next + 1) % frames.length;
        return codec.decodeBody(readInt(frame, 4), frame, Frames.HEADER_SIZE, frame.length - Frames.HEADER_SIZE);
    }

    @Benchmark
    public CtiMessage decodeCallDelivered() throws ProtocolException {
        byte[] frame = frames[0];
        return codec.decodeBody(readInt(frame, 4), frame, Frames.HEADER_SIZE, frame.length - Frames.HEADER_SIZE);
    }

    @Benchmark
    public int encodeMix() throws ProtocolException {
        CtiMessage message = messages.get(next);
        next = (next + 1) % frames.length;
        return codec.encodeToBuffer(message);
    }

    private static int readInt(byte[] frame, int at) {
        return ((frame[at] & 0xFF) << 24) | ((frame[at + 1] & 0xFF) << 16) | ((frame[at + 2] & 0xFF) << 8)
                | (frame[at + 3] & 0xFF);
    }
}
