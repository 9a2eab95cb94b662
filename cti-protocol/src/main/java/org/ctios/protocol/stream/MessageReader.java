package org.ctios.protocol.stream;

import java.io.IOException;
import java.io.InputStream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.FrameReader;
import org.ctios.protocol.framing.Frames;

/**
 * Reads decoded messages from a stream. A {@link org.ctios.protocol.ProtocolException} whose reason does not
 * {@linkplain org.ctios.protocol.ProtocolException.Reason#breaksFraming() break framing} was raised after the whole
 * bad frame was consumed, so the caller may log it and read on. Not thread-safe.
 */
public final class MessageReader {

    private final FrameReader frames;
    private final CtiCodec codec;

    public MessageReader(InputStream in, ProtocolVersion version) {
        this.frames = new FrameReader(in);
        this.codec = new CtiCodec(version);
    }

    /**
     * The next message, or {@code null} when the peer closed the stream between two messages.
     *
     * @throws java.net.SocketTimeoutException when the read timeout passed; call again to continue the same frame
     */
    public CtiMessage read() throws IOException {
        if (!frames.readFrame()) {
            return null;
        }
        return codec.decodeBody(frames.messageType(), frames.buffer(), Frames.HEADER_SIZE,
                frames.frameSize() - Frames.HEADER_SIZE);
    }

    /** The codec, for its counters. */
    public CtiCodec codec() {
        return codec;
    }
}
