package org.ctios.protocol;

import java.io.IOException;

/**
 * A CTI Server message that is not valid GED-188: raised by the codec and the framing layer for every malformed
 * input, never an unchecked exception. It names the message type (or {@code -1} when the header itself was bad),
 * the byte offset counted from the first byte of the frame (the 8-byte header included) and the reason.
 *
 * <p>It extends {@link IOException} because it is what a socket read loop sees: the caller decides from
 * {@link Reason#breaksFraming()} whether the stream is still in step (the bad frame was consumed whole) or must be
 * closed.
 */
public final class ProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a frame or message was refused. */
    public enum Reason {
        /** MessageLength above the 12,500-byte protocol maximum (or below zero): the stream cannot be trusted. */
        FRAME_TOO_LARGE(true),
        /** The stream ended inside a frame. */
        TRUNCATED_FRAME(true),
        /** The message body is shorter than the fixed part of its type. */
        TRUNCATED_FIXED_PART(false),
        /** A floating field's header or data runs past the end of the message. */
        FIELD_OVERRUN(false),
        /** A floating field's length does not fit its type (a UINT field that is not 4 bytes, say). */
        BAD_FIELD_LENGTH(false),
        /** A STRING field whose last byte is not NUL, or that holds a NUL before its end. */
        UNTERMINATED_STRING(false),
        /** A STRING, UNSPEC or named variable longer than the maximum the protocol allows for it. */
        VALUE_TOO_LONG(false),
        /** A field the layout marks as required is absent. */
        MISSING_REQUIRED_FIELD(false),
        /** A message type number this codec does not know. */
        UNKNOWN_MESSAGE_TYPE(false),
        /** A value that cannot be put on the wire (a character outside ISO-8859-1, a number out of range). */
        UNENCODABLE_VALUE(false);

        private final boolean breaksFraming;

        Reason(boolean breaksFraming) {
            this.breaksFraming = breaksFraming;
        }

        /** True when the byte stream is out of step after this error and the connection must be closed. */
        public boolean breaksFraming() {
            return breaksFraming;
        }
    }

    /** Message type used when the type is not known (a bad header). */
    public static final int NO_MESSAGE_TYPE = -1;

    private final int messageType;
    private final int offset;
    private final Reason reason;

    public ProtocolException(int messageType, int offset, Reason reason, String detail) {
        super(describe(messageType, offset, reason, detail));
        this.messageType = messageType;
        this.offset = offset;
        this.reason = reason;
    }

    private static String describe(int messageType, int offset, Reason reason, String detail) {
        String type = messageType == NO_MESSAGE_TYPE ? "unknown type" : MessageType.describe(messageType);
        return reason + " in " + type + " at offset " + offset + ": " + detail;
    }

    /** The message type number, or {@link #NO_MESSAGE_TYPE}. */
    public int messageType() {
        return messageType;
    }

    /** Byte offset from the start of the frame (the MessageLength field is offset 0). */
    public int offset() {
        return offset;
    }

    public Reason reason() {
        return reason;
    }
}
