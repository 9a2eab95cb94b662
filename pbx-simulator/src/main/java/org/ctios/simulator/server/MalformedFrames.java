package org.ctios.simulator.server;

import java.nio.ByteBuffer;
import org.ctios.protocol.MessageType;

/**
 * Frames no CTI Server should send, for fault tests of clients: a MessageLength beyond the protocol's 12,500-byte
 * limit, a message type the protocol does not define, and an agent state event whose floating field runs past the
 * end of its message. A client must refuse each (close the session) rather than guess.
 */
public final class MalformedFrames {

    /** A message type number the protocol leaves undefined. */
    static final int UNDEFINED_TYPE = 9_999;

    private MalformedFrames() {
    }

    /** The {@code index}-th frame of a flood: the three kinds in turn. */
    public static byte[] frame(int index) {
        return switch (Math.floorMod(index, 3)) {
            case 0 -> oversizedLength();
            case 1 -> undefinedType();
            default -> floatingFieldPastTheEnd();
        };
    }

    static byte[] oversizedLength() {
        return ByteBuffer.allocate(12).putInt(Integer.MAX_VALUE).putInt(MessageType.AGENT_STATE_EVENT.number())
                .putInt(0).array();
    }

    static byte[] undefinedType() {
        return ByteBuffer.allocate(12).putInt(4).putInt(UNDEFINED_TYPE).putInt(0).array();
    }

    /** A 16-byte body: 12 zero bytes of a fixed part, then a floating field header claiming 200 bytes. */
    static byte[] floatingFieldPastTheEnd() {
        ByteBuffer frame = ByteBuffer.allocate(8 + 16);
        frame.putInt(16).putInt(MessageType.AGENT_STATE_EVENT.number());
        frame.put(new byte[12]);
        frame.putShort((short) 5).putShort((short) 200);
        return frame.array();
    }
}
