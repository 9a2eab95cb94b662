package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.stream.MessageReader;
import org.junit.jupiter.api.Test;

/**
 * A million random and mutated frames into {@link CtiCodec#decodeFrame(byte[], int, int)}, and a hundred thousand
 * more through a {@link MessageReader} over a stream that trickles and times out: each frame gives a message or a
 * ProtocolException, never another exception; no decode allocates more than a small multiple of its frame; and the
 * stream reader says of every frame what the frame decoder says. Seeded: the seed is printed first, a failure names
 * it with the frame in hex, and {@code -Dctios.fuzz.seed=N} replays it.
 */
class DecoderFuzzTest {

    /** A million by default; {@code -Dctios.fuzz.frames=N} runs a longer hunt. */
    private static final int FRAMES = Integer.getInteger("ctios.fuzz.frames", 1_000_000);
    private static final int STREAMS = 2_000;
    private static final int FRAMES_PER_STREAM = 50;
    /** Frames decoded before allocations count: class loading and the first string concatenations allocate a lot. */
    private static final int WARM_UP_FRAMES = 20_000;
    /**
     * Allowed allocation per decode: proportional to the bytes present, never to a count or length the frame
     * declares. A frame's bytes become strings, records, boxed numbers and lists, so the factor is large: the worst
     * seen, 57 times, is a SNAPSHOT_CALL_CONF repeating its 6-byte FltEnabledServices field 1,600 times (each copy
     * replaces the last; the garbage is young). Frames are capped at 12,500 bytes, so that is under 1 MB.
     */
    private static final int ALLOCATION_PER_FRAME_BYTE = 64;
    /** Covers a refusal's exception, message and stack trace on a small frame (at most 12 KB seen). */
    private static final int ALLOCATION_OVERHEAD = 32 * 1024;
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
        System.out.printf("fuzz seed %d (replay with -Dctios.fuzz.seed=%d)%n", seed, seed);
        List<byte[]> seeds = seedFrames();
        long started = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            decodeOne(nextFrame(seeds));
        }
        long oneByOne = System.nanoTime();
        for (int i = 0; i < STREAMS; i++) {
            readStream(seeds);
        }
        long finished = System.nanoTime();
        System.out.printf("fuzz seed %d: %d frames decoded one by one in %d ms (%d decoded, %d refused; largest "
                + "allocation %d bytes), %d read from %d streams in %d ms%n", seed, FRAMES,
                (oneByOne - started) / 1_000_000, decoded, refused, largestAllocation,
                STREAMS * FRAMES_PER_STREAM, STREAMS, (finished - oneByOne) / 1_000_000);
        assertThat(decoded).as("mutations that keep a frame valid still decode").isPositive();
        assertThat(refused).isPositive();
    }

    private byte[] nextFrame(List<byte[]> seeds) {
        return random.nextInt(4) == 0 ? randomFrame() : mutate(seeds.get(random.nextInt(seeds.size())));
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
            fail(failure(unexpected + " for frame " + HexFormat.of().formatHex(frame)), unexpected);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        if (decoded + refused <= WARM_UP_FRAMES) {
            return;
        }
        largestAllocation = Math.max(largestAllocation, allocated);
        if (allocated > (long) ALLOCATION_PER_FRAME_BYTE * frame.length + ALLOCATION_OVERHEAD) {
            fail(failure("decoding a " + frame.length + "-byte frame allocated " + allocated + " bytes: "
                    + HexFormat.of().formatHex(frame)));
        }
    }

    private String failure(String what) {
        return "seed " + seed + " (-Dctios.fuzz.seed=" + seed + "): " + what;
    }

    /**
     * Frames that keep framing (their MessageLength is their size), written back to back and read through a stream
     * that hands out a few bytes at a time and sometimes times out. The reader must report, frame by frame, what
     * decodeFrame reports; a last frame with an impossible length must then break framing.
     */
    private void readStream(List<byte[]> seeds) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<Object> expected = new ArrayList<>();
        List<byte[]> frames = new ArrayList<>();
        CtiCodec reference = CtiCodec.v24();
        for (int i = 0; i < FRAMES_PER_STREAM; i++) {
            byte[] frame = keepFraming(random.nextInt(3) == 0 ? seeds.get(random.nextInt(seeds.size()))
                    : nextFrame(seeds));
            frames.add(frame);
            expected.add(outcome(() -> reference.decodeFrame(frame, 0, frame.length), frame));
            stream.write(frame);
        }
        stream.write(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 5});
        InputStream slowSocket = new TricklingStream(stream.toByteArray(), random);
        MessageReader reader = new MessageReader(slowSocket, ProtocolVersion.V24);
        for (int i = 0; i < FRAMES_PER_STREAM; i++) {
            Object actual = outcome(() -> readThroughTimeouts(reader), frames.get(i));
            if (!actual.equals(expected.get(i))) {
                fail(failure("frame " + i + " of a stream read as " + actual + " but decodes as " + expected.get(i)
                        + ": " + HexFormat.of().formatHex(frames.get(i))));
            }
        }
        Object last = outcome(() -> readThroughTimeouts(reader), new byte[0]);
        assertThat(last).as(failure("a MessageLength of 2^31 ends the stream"))
                .isEqualTo(new Refusal(ProtocolException.Reason.FRAME_TOO_LARGE, 5, 0));
    }

    private static CtiMessage readThroughTimeouts(MessageReader reader) throws IOException {
        while (true) {
            try {
                return reader.read();
            } catch (SocketTimeoutException timeout) {
                // the read loop's heartbeat tick: the same frame carries on
            }
        }
    }

    private interface Decode {
        CtiMessage run() throws IOException;
    }

    /** What a caller sees: the message, or the reason, type and offset of the refusal. */
    private Object outcome(Decode decode, byte[] frame) {
        try {
            return Objects.requireNonNullElse(decode.run(), "end of stream");
        } catch (ProtocolException e) {
            return new Refusal(e.reason(), e.messageType(), e.offset());
        } catch (IOException | RuntimeException | Error unexpected) {
            return fail(failure(unexpected + " for frame " + HexFormat.of().formatHex(frame)), unexpected);
        }
    }

    private record Refusal(ProtocolException.Reason reason, int messageType, int offset) {
    }

    /** Hands out 1 to 64 bytes per read and throws a SocketTimeoutException now and then, as a slow socket does. */
    private static final class TricklingStream extends InputStream {
        private final byte[] data;
        private final Random random;
        private int position;

        TricklingStream(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the reader reads blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (random.nextInt(16) == 0) {
                throw new SocketTimeoutException("read timed out");
            }
            if (position == data.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, data.length - position), 1 + random.nextInt(64));
            System.arraycopy(data, position, buffer, offset, count);
            position += count;
            return count;
        }
    }

    /** The same frame with a MessageLength equal to its body, cut to the largest frame if needed. */
    private static byte[] keepFraming(byte[] frame) {
        byte[] kept = frame.length > Frames.MAX_FRAME_SIZE ? Arrays.copyOf(frame, Frames.MAX_FRAME_SIZE)
                : frame.clone();
        writeInt(kept, 0, kept.length - Frames.HEADER_SIZE);
        return kept;
    }

    /** Every reference vector (OPEN_CONF's version 20 layout included) and encodings of generated messages. */
    private List<byte[]> seedFrames() {
        List<byte[]> seeds = new ArrayList<>();
        for (ReferenceVectors.MessageVector vector : ReferenceVectors.messages()) {
            seeds.add(vector.framed());
        }
        // Generated from this test's Random, not jqwik's own, so that a seed replays the same seed frames.
        JqwikSession.start();
        try {
            for (Class<? extends Record> type : RoundTripPropertyTest.MESSAGE_RECORDS) {
                RandomGenerator<? extends Record> generator = MessageArbitraries.of(type).generator(100);
                for (int i = 0; i < 5; i++) {
                    try {
                        seeds.add(codec.encode((CtiMessage) generator.next(random).value()));
                    } catch (ProtocolException missingRequiredField) {
                        // a generated message without a required field is no seed
                    }
                }
            }
        } finally {
            JqwikSession.finish();
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
        switch (random.nextInt(7)) {
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
            case 4 -> {
                frame = seed.clone();
                writeInt(frame, 4, supportedTypes[random.nextInt(supportedTypes.length)]);
            }
            default -> frame = mutateFields(seed);
        }
        if (random.nextInt(10) != 0) {
            writeInt(frame, 0, frame.length - Frames.HEADER_SIZE);
        } else {
            writeInt(frame, 0, random.nextInt());
        }
        return frame;
    }

    /** Mutations that keep each floating field whole: duplicated, repeated, shuffled, dropped, retagged, resized. */
    private byte[] mutateFields(byte[] seed) {
        int fixedSize = GuideFixedSizes.of(readInt(seed, 4));
        List<byte[]> fields = fixedSize < 0 ? null : floatingFields(seed, Frames.HEADER_SIZE + fixedSize);
        if (fields == null || fields.isEmpty()) {
            return seed.clone();
        }
        byte[] chosen = fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(6)) {
            case 0 -> fields.add(random.nextInt(fields.size() + 1), chosen.clone());
            case 1 -> {
                // Mostly a few copies; now and then as many as the largest frame holds.
                int most = random.nextInt(4) == 0 ? Frames.MAX_BODY_SIZE / chosen.length : 16;
                for (int copies = 1 + random.nextInt(most); copies > 0; copies--) {
                    fields.add(chosen.clone());
                }
            }
            case 2 -> Collections.shuffle(fields, random);
            case 3 -> fields.remove(chosen);
            case 4 -> {
                int tag = random.nextBoolean() ? readShort(fields.get(random.nextInt(fields.size())), 0)
                        : random.nextInt(320);
                chosen[0] = (byte) (tag >>> 8);
                chosen[1] = (byte) tag;
            }
            default -> {
                int length = readShort(chosen, 2) + random.nextInt(9) - 4;
                chosen[2] = (byte) (length >>> 8);
                chosen[3] = (byte) length;
            }
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(seed, 0, Frames.HEADER_SIZE + fixedSize);
        for (byte[] field : fields) {
            if (frame.size() + field.length > Frames.MAX_FRAME_SIZE) {
                break;
            }
            frame.write(field, 0, field.length);
        }
        return frame.toByteArray();
    }

    /** The floating fields of a frame, each with its tag and length, or null when they do not parse. */
    private static List<byte[]> floatingFields(byte[] frame, int from) {
        List<byte[]> fields = new ArrayList<>();
        int at = from;
        while (at < frame.length) {
            if (frame.length - at < 4) {
                return null;
            }
            int end = at + 4 + readShort(frame, at + 2);
            if (end > frame.length) {
                return null;
            }
            fields.add(Arrays.copyOfRange(frame, at, end));
            at = end;
        }
        return fields;
    }

    private static int readShort(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static int readInt(byte[] bytes, int at) {
        return (readShort(bytes, at) << 16) | readShort(bytes, at + 2);
    }

    private static void writeInt(byte[] frame, int at, int value) {
        frame[at] = (byte) (value >>> 24);
        frame[at + 1] = (byte) (value >>> 16);
        frame[at + 2] = (byte) (value >>> 8);
        frame[at + 3] = (byte) value;
    }
}
