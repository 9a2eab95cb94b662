package org.ctios.protocol.framing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;

/**
 * Reads whole frames from a blocking stream into one reused buffer of the protocol's maximum size, so no input
 * can make it allocate more. A {@link SocketTimeoutException} from the stream leaves the reader where it was: the
 * next call carries on with the same frame, which lets a read loop use the socket timeout as its heartbeat tick.
 * Not thread-safe: one reader per connection, used by one thread at a time.
 */
public final class FrameReader {

    private final InputStream in;
    private final byte[] frame = new byte[Frames.MAX_FRAME_SIZE];
    private int filled;
    private int frameSize = Frames.HEADER_SIZE;
    private boolean headerParsed;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads until one whole frame is in {@link #buffer()}.
     *
     * @return true when a frame was read, false when the stream ended cleanly between two frames
     * @throws ProtocolException      for a MessageLength above the maximum, or end of stream inside a frame
     * @throws SocketTimeoutException when the socket's read timeout passed; call again to continue
     */
    public boolean readFrame() throws IOException {
        if (filled == frameSize && headerParsed) {
            startNextFrame();
        }
        while (filled < frameSize) {
            int read = in.read(frame, filled, frameSize - filled);
            if (read < 0) {
                if (filled == 0) {
                    return false;
                }
                throw new ProtocolException(headerParsed ? messageType() : ProtocolException.NO_MESSAGE_TYPE, filled,
                        Reason.TRUNCATED_FRAME, "stream ended after " + filled + " of " + frameSize + " bytes");
            }
            filled += read;
            if (!headerParsed && filled == Frames.HEADER_SIZE) {
                int messageLength = readInt(0);
                Frames.checkBodyLength(messageLength, readInt(4));
                frameSize = Frames.HEADER_SIZE + messageLength;
                headerParsed = true;
            }
        }
        return true;
    }

    private void startNextFrame() {
        filled = 0;
        frameSize = Frames.HEADER_SIZE;
        headerParsed = false;
    }

    /** Reads the next frame, treating the end of the stream as an error. */
    public void readFrameOrFail() throws IOException {
        if (!readFrame()) {
            throw new EOFException("stream closed by the peer");
        }
    }

    /** The buffer holding the last frame read, header first; valid until the next call to {@link #readFrame()}. */
    public byte[] buffer() {
        return frame;
    }

    /** Size of the last frame read, header included. */
    public int frameSize() {
        return frameSize;
    }

    /** MessageType of the last frame read. */
    public int messageType() {
        return readInt(4);
    }

    private int readInt(int offset) {
        return ((frame[offset] & 0xFF) << 24) | ((frame[offset + 1] & 0xFF) << 16)
                | ((frame[offset + 2] & 0xFF) << 8) | (frame[offset + 3] & 0xFF);
    }
}
