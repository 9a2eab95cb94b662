package org.ctios.benchmarks;

import java.time.Duration;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.simulator.replay.RecordedFrame;
import org.ctios.simulator.replay.Recording;

/**
 * The ceiling the protocol alone sets: the recorded frames decoded by the codec the connector uses, in this JVM, one
 * thread, no I/O. A first pass warms the JIT; the measured passes follow until {@code measureFor} has passed.
 */
final class CodecBaseline {

    /** What the measured passes decoded. */
    record Result(long frames, Duration elapsed) {

        double framesPerSecond() {
            return elapsed.isZero() ? 0 : frames / (elapsed.toNanos() / 1e9);
        }
    }

    /** Where the decoded messages' hashes go, so that the JIT cannot drop the decoding as unused. */
    private static volatile int sink;

    private CodecBaseline() {
    }

    static Result run(Recording recording, Duration measureFor) throws ProtocolException {
        CtiCodec codec = CtiCodec.v24();
        decodeAll(codec, recording);
        long frames = 0;
        long started = System.nanoTime();
        long end = started + measureFor.toNanos();
        do {
            frames += decodeAll(codec, recording);
        } while (System.nanoTime() - end < 0);
        return new Result(frames, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Decodes every frame of the recording; returns how many. */
    private static int decodeAll(CtiCodec codec, Recording recording) throws ProtocolException {
        int checksum = 0;
        for (RecordedFrame frame : recording.frames()) {
            byte[] bytes = frame.bytes();
            checksum += System.identityHashCode(codec.decodeFrame(bytes, 0, bytes.length));
        }
        sink = checksum;
        return recording.size();
    }
}
