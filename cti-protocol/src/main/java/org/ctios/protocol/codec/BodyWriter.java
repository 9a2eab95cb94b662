package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * Writes one message into a reused buffer of the protocol's maximum frame size: the fixed part field by field, then
 * the floating fields, each skipped when its value is absent ({@code null}). Values that do not fit their field
 * (a string above its maximum, a number out of range, a character outside ISO-8859-1, a message above 12,500 bytes)
 * end in a {@link ProtocolException}. A {@link Layout} calls it through method handles, the value as the last
 * argument. Reused for each message by its {@link CtiCodec}; not thread-safe.
 */
final class BodyWriter {

    private final ProtocolVersion version;
    private final byte[] buffer = new byte[Frames.MAX_FRAME_SIZE];
    private int position;
    private int messageType;
    private int namedDataBytes;

    BodyWriter(ProtocolVersion version) {
        this.version = version;
    }

    void begin(int type) {
        this.messageType = type;
        this.position = Frames.HEADER_SIZE;
        this.namedDataBytes = 0;
    }

    /** Writes the header for what was written and returns the frame's size. */
    int finish() throws ProtocolException {
        int size = position;
        position = 0;
        number(4, size - Frames.HEADER_SIZE);
        number(4, messageType);
        position = size;
        return size;
    }

    byte[] buffer() {
        return buffer;
    }

    /** The protocol version whose layouts apply. */
    ProtocolVersion version() {
        return version;
    }

    /**
     * A number of {@code size} bytes (4, 2 or 1), unsigned; an INT comes as its bit pattern. There is no room check:
     * the fixed part, written first, is far smaller than the buffer, and a floating field's header checks for both.
     */
    void number(int size, long value) throws ProtocolException {
        if (value >>> 8 * size != 0) {
            throw error(Reason.UNENCODABLE_VALUE, "value " + value + " does not fit " + size + " unsigned bytes");
        }
        for (int shift = 8 * size - 8; shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (value >>> shift);
        }
    }

    /** Consecutive UINTs of the fixed part. */
    void uints(long[] values) throws ProtocolException {
        for (long value : values) {
            number(4, value);
        }
    }

    // ---- floating part: each writes nothing when the value is null ----

    /** A number field of {@code size} bytes; an Integer of 4 bytes is an INT, sent as its bit pattern. */
    void numberField(int tag, int size, Number value) throws ProtocolException {
        if (value != null) {
            fieldHeader(tag, size);
            number(size, size == 4 && value instanceof Integer ? value.intValue() & 0xFFFF_FFFFL : value.longValue());
        }
    }

    /** A STRING field of at most {@code maxSize} bytes including the NUL the writer appends. */
    void string(int tag, int maxSize, String value) throws ProtocolException {
        if (value != null) {
            int size = value.length() + 1;
            if (size > maxSize) {
                throw error(Reason.VALUE_TOO_LONG, "tag " + tag + ": string of " + size + " bytes exceeds " + maxSize);
            }
            fieldHeader(tag, size);
            terminated(tag, value);
        }
    }

    /** An UNSPEC field of at most {@code maxSize} bytes. */
    void unspec(int tag, int maxSize, ByteString value) throws ProtocolException {
        if (value != null) {
            if (value.size() > maxSize) {
                throw error(Reason.VALUE_TOO_LONG, "tag " + tag + ": " + value.size() + " bytes exceed " + maxSize);
            }
            fieldHeader(tag, value.size());
            value.copyTo(buffer, position);
            position += value.size();
        }
    }

    /** A field holding a list of USHORTs. */
    void ushorts(int tag, List<Integer> values) throws ProtocolException {
        if (values != null) {
            fieldHeader(tag, 2 * values.size());
            for (int k = 0, n = values.size(); k < n; k++) {
                number(2, values.get(k));
            }
        }
    }

    /** CallVariable1 to CallVariable10, in tag order. */
    void callVariables(CallVariables variables) throws ProtocolException {
        if (variables != null) {
            for (int number = 1; number <= CallVariables.COUNT; number++) {
                string(Tag.CALL_VARIABLE_1 + number - 1, CallVariables.MAX_LENGTH + 1, variables.get(number));
            }
        }
    }

    /** NamedVariable or NamedArray fields (ECC variables); at most 2,000 bytes of them in one message. */
    void eccVariables(List<?> variables) throws ProtocolException {
        for (int k = 0, n = variables == null ? 0 : variables.size(); k < n; k++) {
            if (variables.get(k) instanceof NamedArray element) {
                eccVariable(Tag.NAMED_ARRAY, element.index(), element.name(), element.value());
            } else {
                NamedVariable variable = (NamedVariable) variables.get(k);
                eccVariable(Tag.NAMED_VARIABLE, -1, variable.name(), variable.value());
            }
        }
    }

    /** One ECC variable: its array index byte when it has one ({@code index} not negative), name NUL, value NUL. */
    private void eccVariable(int tag, int index, String name, String value) throws ProtocolException {
        if (name.length() > NamedVariable.MAX_NAME_LENGTH || value.length() > NamedVariable.MAX_VALUE_LENGTH) {
            throw error(Reason.VALUE_TOO_LONG, "ECC variable '" + name + "': name or value too long");
        }
        int size = name.length() + value.length() + (index < 0 ? 2 : 3);
        namedDataBytes += size;
        if (namedDataBytes > BodyReader.MAX_NAMED_DATA) {
            throw error(Reason.VALUE_TOO_LONG, "ECC data exceed " + BodyReader.MAX_NAMED_DATA + " bytes");
        }
        fieldHeader(tag, size);
        if (index >= 0) {
            buffer[position++] = (byte) index;
        }
        terminated(tag, name);
        terminated(tag, value);
    }

    /** Refuses a field the layout requires when it is absent, rather than send a message the peer must reject. */
    void require(String fieldName, Object value) throws ProtocolException {
        if (value == null) {
            throw error(Reason.MISSING_REQUIRED_FIELD, "required field " + fieldName + " is absent");
        }
    }

    /** A floating field's tag and length, once the message is known to have room for its data too. */
    private void fieldHeader(int tag, int dataSize) throws ProtocolException {
        if (buffer.length - position < 4 + dataSize) {
            throw error(Reason.FRAME_TOO_LARGE, "message exceeds " + Frames.MAX_FRAME_SIZE + " bytes");
        }
        buffer[position] = (byte) (tag >>> 8);
        buffer[position + 1] = (byte) tag;
        buffer[position + 2] = (byte) (dataSize >>> 8);
        buffer[position + 3] = (byte) dataSize;
        position += 4;
    }

    /** A string's characters as ISO-8859-1 bytes, then its NUL. */
    private void terminated(int tag, String value) throws ProtocolException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c > 0xFF || c == 0) {
                throw error(Reason.UNENCODABLE_VALUE,
                        "tag " + tag + ": character U+" + Integer.toHexString(c) + " cannot be sent");
            }
            buffer[position++] = (byte) c;
        }
        buffer[position++] = 0;
    }

    private ProtocolException error(Reason reason, String detail) {
        return new ProtocolException(messageType, position, reason, detail);
    }
}
