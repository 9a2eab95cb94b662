package org.ctios.protocol.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.junit.jupiter.api.Test;

/** Messages read from and written to a stream: whole frames decoded, a bad frame that keeps framing skipped. */
class MessageStreamTest {

    @Test
    void carriesOnWithTheSameFrameAfterAReadTimeout() throws IOException {
        byte[] frame = CtiCodec.v24().encode(new HeartbeatReq(77));
        InputStream timesOutOnce = new InputStream() {
            private int position;
            private boolean timedOut;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position == 5 && !timedOut) {
                    timedOut = true;
                    throw new SocketTimeoutException("tick");
                }
                if (position == frame.length) {
                    return -1;
                }
                buffer[offset] = frame[position++];
                return 1;
            }
        };
        MessageReader reader = new MessageReader(timesOutOnce, ProtocolVersion.V24);

        assertThatThrownBy(reader::read).isInstanceOf(SocketTimeoutException.class);
        assertThat(reader.read()).isEqualTo(new HeartbeatReq(77));
    }

    /** A refused frame that does not break framing was consumed whole: the next frame reads as sent. */
    @Test
    void theReaderGoesOnAfterABadFrameThatKeepsFraming() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(CtiCodec.v24().encode(new HeartbeatReq(1)));
        wire.write(ByteBuffer.allocate(12).putInt(4).putInt(9999).putInt(0).array());
        wire.write(ByteBuffer.allocate(11).putInt(3).putInt(5).put(new byte[3]).array());
        wire.write(CtiCodec.v24().encode(new HeartbeatReq(2)));
        MessageReader reader = new MessageReader(new ByteArrayInputStream(wire.toByteArray()), ProtocolVersion.V24);

        assertThat(reader.read()).isEqualTo(new HeartbeatReq(1));
        assertThatThrownBy(reader::read).isInstanceOf(ProtocolException.class)
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.UNKNOWN_MESSAGE_TYPE);
        assertThatThrownBy(reader::read).isInstanceOf(ProtocolException.class)
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
        assertThat(reader.read()).isEqualTo(new HeartbeatReq(2));
        assertThat(reader.read()).isNull();
    }

    @Test
    void writerAndReaderAgreeOverAStream() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        MessageWriter writer = new MessageWriter(wire, ProtocolVersion.V24);
        List<CtiMessage> sent = List.of(new HeartbeatReq(1), new CallClearedEvent(0, 5000, 17, 0, 100_001, 0, 0xFFFF,
                "2001"), new HeartbeatConf(2));
        for (CtiMessage message : sent) {
            writer.write(message);
        }

        MessageReader reader = new MessageReader(new ByteArrayInputStream(wire.toByteArray()), ProtocolVersion.V24);

        assertThat(List.of(reader.read(), reader.read(), reader.read())).isEqualTo(sent);
        assertThat(reader.read()).isNull();
    }
}
