package org.ctios.protocol.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static byte[] header(long messageLength, int messageType) {
        return ByteBuffer.allocate(8).putInt((int) messageLength).putInt(messageType).array();
    }

    @Test
    void refusesALengthAboveTheMaximumBeforeReadingTheBody() {
        InputStream headerOnly = new ByteArrayInputStream(header(Frames.MAX_BODY_SIZE + 1, 9));

        assertThatThrownBy(() -> new FrameReader(headerOnly).readFrame())
                .isInstanceOf(ProtocolException.class)
                .satisfies(e -> {
                    ProtocolException error = (ProtocolException) e;
                    assertThat(error.reason()).isEqualTo(Reason.FRAME_TOO_LARGE);
                    assertThat(error.reason().breaksFraming()).isTrue();
                    assertThat(error.messageType()).isEqualTo(9);
                    assertThat(error.offset()).isZero();
                    assertThat(error.getMessage()).contains("12493");
                });
    }

    @Test
    void refusesALengthThatOverflowsAnInt() {
        InputStream headerOnly = new ByteArrayInputStream(header(0xFFFF_FFFFL, 5));

        assertThatThrownBy(() -> new FrameReader(headerOnly).readFrame())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("4294967295")
                .satisfies(e -> {
                    ProtocolException error = (ProtocolException) e;
                    assertThat(error.reason()).isEqualTo(Reason.FRAME_TOO_LARGE);
                    assertThat(error.messageType()).isEqualTo(5);
                    assertThat(error.offset()).isZero();
                });
    }

    /** The reader's one buffer is allocated with it: a huge MessageLength costs nothing, a frame costs nothing. */
    @Test
    void neitherAHugeLengthNorManyFramesMakeTheReaderAllocate() throws IOException {
        byte[] tenThousandFrames = new byte[10_000 * 12];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(CtiCodec.v24().encode(new HeartbeatReq(i)), 0, tenThousandFrames, i * 12, 12);
        }
        FrameReader reader = new FrameReader(new ByteArrayInputStream(tenThousandFrames));
        FrameReader hugeLength = new FrameReader(new ByteArrayInputStream(header(0xFFFF_FFFFL, 5)));
        byte[] buffer = reader.buffer();

        long before = ALLOCATION.getCurrentThreadAllocatedBytes();
        int frames = 0;
        while (reader.readFrame()) {
            frames++;
        }
        long readingFrames = ALLOCATION.getCurrentThreadAllocatedBytes() - before;
        before = ALLOCATION.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(hugeLength::readFrame).isInstanceOf(ProtocolException.class);
        long refusingTheLength = ALLOCATION.getCurrentThreadAllocatedBytes() - before;

        assertThat(frames).isEqualTo(10_000);
        assertThat(reader.buffer()).isSameAs(buffer).hasSize(Frames.MAX_FRAME_SIZE);
        // Generous bounds, far below one 12,500-byte buffer per frame (125 MB) or a 4 GB length honoured.
        assertThat(readingFrames).as("bytes allocated reading 10,000 frames").isLessThan(64 * 1024);
        assertThat(refusingTheLength).as("bytes allocated refusing 0xFFFFFFFF").isLessThan(64 * 1024);
    }

    @Test
    void acceptsTheLargestFrame() throws IOException {
        byte[] frame = new byte[Frames.MAX_FRAME_SIZE];
        System.arraycopy(header(Frames.MAX_BODY_SIZE, 9999), 0, frame, 0, 8);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(frame));

        assertThat(reader.readFrame()).isTrue();
        assertThat(reader.frameSize()).isEqualTo(12_500);
        assertThat(reader.messageType()).isEqualTo(9999);
    }

    @Test
    void anEndInsideAFrameIsATruncatedFrame() {
        byte[] halfHeader = {0, 0, 0};
        byte[] halfBody = ByteBuffer.allocate(10).putInt(4).putInt(5).putShort((short) 1).array();

        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(halfHeader)).readFrame())
                .isInstanceOf(ProtocolException.class)
                .satisfies(e -> {
                    ProtocolException error = (ProtocolException) e;
                    assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FRAME);
                    assertThat(error.reason().breaksFraming()).isTrue();
                    assertThat(error.messageType()).as("the type was not read yet")
                            .isEqualTo(ProtocolException.NO_MESSAGE_TYPE);
                    assertThat(error.offset()).isEqualTo(3);
                });
        assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(halfBody)).readFrame())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("after 10 of 12 bytes")
                .satisfies(e -> {
                    ProtocolException error = (ProtocolException) e;
                    assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FRAME);
                    assertThat(error.messageType()).isEqualTo(5);
                    assertThat(error.offset()).isEqualTo(10);
                });
    }

    @Test
    void anEndBetweenFramesIsClean() throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(CtiCodec.v24().encode(new HeartbeatReq(1))));

        assertThat(reader.readFrame()).isTrue();
        assertThat(reader.readFrame()).isFalse();
    }

    @Test
    void aBufferSaysWhenAWholeFrameHasArrived() throws ProtocolException {
        byte[] frame = CtiCodec.v24().encode(new HeartbeatReq(3));
        ByteBuffer partial = ByteBuffer.wrap(frame, 0, 10).slice();
        ByteBuffer whole = ByteBuffer.wrap(frame);

        assertThat(Frames.completeFrameSize(ByteBuffer.wrap(frame, 0, 5).slice())).isEqualTo(-1);
        assertThat(Frames.completeFrameSize(partial)).isEqualTo(-1);
        assertThat(Frames.completeFrameSize(whole)).isEqualTo(12);
        assertThat(CtiCodec.v24().decodeFrame(whole)).isEqualTo(new HeartbeatReq(3));
        assertThat(whole.remaining()).isZero();
    }
}
