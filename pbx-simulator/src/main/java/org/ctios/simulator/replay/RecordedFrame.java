package org.ctios.simulator.replay;

import org.ctios.protocol.MessageType;

/**
 * One frame of a recording, exactly as the CTI Server sent it: header (MessageLength, MessageType) and body.
 *
 * @param offsetNanos when it was received, in nanoseconds after the recording's session opened
 * @param bytes       the whole frame; not copied, so not to be changed
 */
public record RecordedFrame(long offsetNanos, byte[] bytes) {

    /** The frame's MessageType number, from its header. */
    public int messageTypeNumber() {
        return ((bytes[4] & 0xFF) << 24) | ((bytes[5] & 0xFF) << 16) | ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
    }

    /** The frame's MessageType, or {@code null} for a number the protocol does not list. */
    public MessageType messageType() {
        return MessageType.fromNumber(messageTypeNumber());
    }
}
