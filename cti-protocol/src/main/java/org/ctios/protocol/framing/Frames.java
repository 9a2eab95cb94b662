package org.ctios.protocol.framing;

import java.nio.ByteBuffer;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;

/**
 * The frame rules of the CTI Server protocol: an 8-byte header (MessageLength UINT counting the bytes after the
 * header, then MessageType UINT, both big-endian) followed by the body, with at most 12,500 bytes per message
 * including the header.
 */
public final class Frames {

    /** Size of the MessageLength + MessageType header. */
    public static final int HEADER_SIZE = 8;
    /** Largest message the protocol allows, header included. */
    public static final int MAX_FRAME_SIZE = 12_500;
    /** Largest MessageLength value: the body of the largest frame. */
    public static final int MAX_BODY_SIZE = MAX_FRAME_SIZE - HEADER_SIZE;

    private Frames() {
    }

    /**
     * Checks a MessageLength read from a header.
     *
     * @param messageLength the header's MessageLength as a signed int (a value above 2^31 shows as negative)
     * @param messageType   the header's MessageType, for the error report
     */
    public static void checkBodyLength(int messageLength, int messageType) throws ProtocolException {
        if (messageLength < 0 || messageLength > MAX_BODY_SIZE) {
            throw new ProtocolException(messageType, 0, Reason.FRAME_TOO_LARGE,
                    "MessageLength " + Integer.toUnsignedString(messageLength) + " exceeds the maximum of "
                            + MAX_BODY_SIZE + " (" + MAX_FRAME_SIZE + " bytes with the header)");
        }
    }

    /**
     * The size of the whole frame at the buffer's position, or -1 when the header or the body has not fully
     * arrived yet. The buffer's position is not moved.
     */
    public static int completeFrameSize(ByteBuffer buffer) throws ProtocolException {
        if (buffer.remaining() < HEADER_SIZE) {
            return -1;
        }
        int position = buffer.position();
        int messageLength = buffer.getInt(position);
        checkBodyLength(messageLength, buffer.getInt(position + 4));
        int frameSize = HEADER_SIZE + messageLength;
        return buffer.remaining() >= frameSize ? frameSize : -1;
    }
}
