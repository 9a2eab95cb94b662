package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.framing.MessageReader;
import org.junit.jupiter.api.Test;

/**
 * A million random and mutated frames into the decoder: each gives a message or a ProtocolException, never another
 * exception, and no decode allocates more than a small multiple of its frame. Seeded: a failure names the seed, and
 * {@code -Dctios.fuzz.seed=N} replays it.
 */
class DecoderFuzzTest {

    private static final int FRAMES = 1_000_000;
    /** Frames decoded before allocations count: class loading and the first string concatenations allocate a lot. */
    private static final int WARM_UP_FRAMES = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long seed = Long.getLong("ctios.fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final CtiCodec codec = CtiCodec.v24();
    private final int[] supportedTypes = CtiCodec.supportedTypes().stream().mapToInt(MessageType::number).toArray();
    private long decoded;
    private long refused;
    private long largestAllocation;

    @Test
    void onlyMessagesOrProtocolExceptionsComeOut() throws Exception {
        List<byte[]> seeds = seedFrames();
        long started = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            byte[] frame = random.nextInt(4) == 0 ? randomFrame() : mutate(seeds.get(random.nextInt(seeds.size())));
            decodeOne(frame);
        }
        for (int i = 0; i < 200; i++) {
            readStream(seeds);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz seed %d: %d frames in %d ms, %d decoded, %d refused, largest allocation %d bytes%n",
                seed, FRAMES, millis, decoded, refused, largestAllocation);
        assertThat(decoded).as("mutations that keep a frame valid still decode").isPositive();
        assertThat(refused).isPositive();
    }

    private void decodeOne(byte[] frame) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            CtiMessage message = codec.decodeFrame(frame, 0, frame.length);
            assertThat(message).isNotNull();
            decoded++;
        } catch (ProtocolException expected) {
            refused++;
        } catch (RuntimeException | Error unexpected) {
            fail("seed " + seed + ": " + unexpected + " for frame " + HexFormat.of().formatHex(frame), unexpected);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        if (decoded + refused <= WARM_UP_FRAMES) {
            return;
        }
        largestAllocation = Math.max(largestAllocation, allocated);
        if (allocated > 4L * frame.length + 64 * 1024) {
            fail("seed " + seed + ": decoding a " + frame.length + "-byte frame allocated " + allocated + " bytes: "
                    + HexFormat.of().formatHex(frame));
        }
    }

    /** Several frames, some broken, back to back in one stream: the reader stops at the first framing error. */
    private void readStream(List<byte[]> seeds) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 50; i++) {
            byte[] frame = random.nextInt(3) == 0 ? mutate(seeds.get(random.nextInt(seeds.size())))
                    : seeds.get(random.nextInt(seeds.size()));
            stream.write(frame);
        }
        MessageReader reader = new MessageReader(new ByteArrayInputStream(stream.toByteArray()), ProtocolVersion.V24);
        while (true) {
            try {
                if (reader.read() == null) {
                    return;
                }
            } catch (ProtocolException e) {
                if (e.reason().breaksFraming()) {
                    return;
                }
            } catch (RuntimeException | Error unexpected) {
                fail("seed " + seed + ": " + unexpected + " reading a stream", unexpected);
            }
        }
    }

    private List<byte[]> seedFrames() throws ProtocolException {
        List<byte[]> seeds = new ArrayList<>();
        for (ReferenceVectors.MessageVector vector : ReferenceVectors.messages()) {
            if (vector.messageType() != MessageType.OPEN_CONF.number()) {
                seeds.add(vector.framed());
            }
        }
        for (Class<? extends Record> type : RoundTripPropertyTest.MESSAGE_RECORDS) {
            for (int i = 0; i < 5; i++) {
                CtiMessage message = (CtiMessage) MessageArbitraries.of(type).sample();
                try {
                    seeds.add(codec.encode(message));
                } catch (ProtocolException missingRequiredField) {
                    // a generated message without a required field is no seed
                }
            }
        }
        return seeds;
    }

    private byte[] randomFrame() {
        int type = random.nextInt(5) == 0 ? random.nextInt() : supportedTypes[random.nextInt(supportedTypes.length)];
        int length = random.nextInt(10) == 0 ? random.nextInt(Frames.MAX_BODY_SIZE + 1) : random.nextInt(200);
        byte[] frame = new byte[Frames.HEADER_SIZE + length];
        random.nextBytes(frame);
        writeInt(frame, 0, length);
        writeInt(frame, 4, type);
        return frame;
    }

    private byte[] mutate(byte[] seed) {
        byte[] frame;
        switch (random.nextInt(5)) {
            case 0 -> {
                frame = seed.clone();
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    int at = Frames.HEADER_SIZE + random.nextInt(Math.max(1, frame.length - Frames.HEADER_SIZE));
                    if (at < frame.length) {
                        frame[at] = (byte) random.nextInt(256);
                    }
                }
            }
            case 1 -> frame = Arrays.copyOf(seed, Frames.HEADER_SIZE
                    + random.nextInt(Math.max(1, seed.length - Frames.HEADER_SIZE)));
            case 2 -> {
                frame = Arrays.copyOf(seed, seed.length + 1 + random.nextInt(64));
                for (int i = seed.length; i < frame.length; i++) {
                    frame[i] = (byte) random.nextInt(256);
                }
            }
            case 3 -> {
                int from = Frames.HEADER_SIZE + random.nextInt(Math.max(1, seed.length - Frames.HEADER_SIZE));
                int length = random.nextInt(Math.max(1, seed.length - from));
                frame = Arrays.copyOf(seed, seed.length + length);
                System.arraycopy(seed, from, frame, seed.length, length);
            }
            default -> {
                frame = seed.clone();
                writeInt(frame, 4, supportedTypes[random.nextInt(supportedTypes.length)]);
            }
        }
        if (random.nextInt(10) != 0) {
            writeInt(frame, 0, frame.length - Frames.HEADER_SIZE);
        } else {
            writeInt(frame, 0, random.nextInt());
        }
        return frame;
    }

    private static void writeInt(byte[] frame, int at, int value) {
        frame[at] = (byte) (value >>> 24);
        frame[at + 1] = (byte) (value >>> 16);
        frame[at + 2] = (byte) (value >>> 8);
        frame[at + 3] = (byte) value;
    }
}
