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
 * end in a {@link ProtocolException}. Reused for each message by its {@link CtiCodec}; not thread-safe.
 */
public final class BodyWriter {

    private static final long UINT_MAX = 0xFFFF_FFFFL;

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
    int finish() {
        putInt(0, position - Frames.HEADER_SIZE);
        putInt(4, messageType);
        return position;
    }

    byte[] buffer() {
        return buffer;
    }

    /** The protocol version whose layouts apply. */
    public ProtocolVersion version() {
        return version;
    }

    // ---- fixed part ----

    public void uint(long value) throws ProtocolException {
        if (value < 0 || value > UINT_MAX) {
            throw error(Reason.UNENCODABLE_VALUE, "UINT value " + value + " outside 0..4294967295");
        }
        ensure(4);
        putInt(position, (int) value);
        position += 4;
    }

    public void int32(int value) throws ProtocolException {
        ensure(4);
        putInt(position, value);
        position += 4;
    }

    public void ushort(int value) throws ProtocolException {
        if (value < 0 || value > 0xFFFF) {
            throw error(Reason.UNENCODABLE_VALUE, "USHORT value " + value + " outside 0..65535");
        }
        ensure(2);
        buffer[position] = (byte) (value >>> 8);
        buffer[position + 1] = (byte) value;
        position += 2;
    }

    public void bool(boolean value) throws ProtocolException {
        ushort(value ? 1 : 0);
    }

    public void uchar(int value) throws ProtocolException {
        if (value < 0 || value > 0xFF) {
            throw error(Reason.UNENCODABLE_VALUE, "UCHAR value " + value + " outside 0..255");
        }
        ensure(1);
        buffer[position++] = (byte) value;
    }

    // ---- floating part: each writes nothing when the value is null ----

    /** A STRING field of at most {@code maxSize} bytes including the NUL the writer appends. */
    public void string(int tag, String value, int maxSize) throws ProtocolException {
        if (value == null) {
            return;
        }
        int size = value.length() + 1;
        if (size > maxSize) {
            throw error(Reason.VALUE_TOO_LONG, "tag " + tag + ": string of " + size + " bytes exceeds " + maxSize);
        }
        fieldHeader(tag, size);
        putLatin1(value, tag);
        buffer[position++] = 0;
    }

    /** Refuses a field the layout requires when it is absent, rather than send a message the peer must reject. */
    void requirePresent(Object value, String fieldName) throws ProtocolException {
        if (value == null) {
            throw error(Reason.MISSING_REQUIRED_FIELD, "required field " + fieldName + " is absent");
        }
    }

    public void unspec(int tag, byte[] value, int maxSize) throws ProtocolException {
        if (value == null) {
            return;
        }
        if (value.length > maxSize) {
            throw error(Reason.VALUE_TOO_LONG, "tag " + tag + ": " + value.length + " bytes exceed " + maxSize);
        }
        fieldHeader(tag, value.length);
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
    }

    public void byteString(int tag, ByteString value, int maxSize) throws ProtocolException {
        if (value != null) {
            unspec(tag, value.toByteArray(), maxSize);
        }
    }

    public void uintField(int tag, Long value) throws ProtocolException {
        if (value != null) {
            fieldHeader(tag, 4);
            uint(value);
        }
    }

    public void int32Field(int tag, Integer value) throws ProtocolException {
        if (value != null) {
            fieldHeader(tag, 4);
            int32(value);
        }
    }

    public void ushortField(int tag, Integer value) throws ProtocolException {
        if (value != null) {
            fieldHeader(tag, 2);
            ushort(value);
        }
    }

    public void ucharField(int tag, Integer value) throws ProtocolException {
        if (value != null) {
            fieldHeader(tag, 1);
            uchar(value);
        }
    }

    public void ushortListField(int tag, List<Integer> values) throws ProtocolException {
        if (values != null) {
            fieldHeader(tag, 2 * values.size());
            for (int k = 0, n = values.size(); k < n; k++) {
                ushort(values.get(k));
            }
        }
    }

    /** CallVariable1 to CallVariable10, in tag order. */
    public void callVariables(CallVariables variables) throws ProtocolException {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        for (int number = 1; number <= CallVariables.COUNT; number++) {
            string(Tag.CALL_VARIABLE_1 + number - 1, variables.get(number), CallVariables.MAX_LENGTH + 1);
        }
    }

    public void namedVariables(List<NamedVariable> variables) throws ProtocolException {
        if (variables == null) {
            return;
        }
        for (NamedVariable variable : variables) {
            int size = variable.name().length() + variable.value().length() + 2;
            checkEcc(variable.name(), variable.value(), size);
            fieldHeader(Tag.NAMED_VARIABLE, size);
            putLatin1(variable.name(), Tag.NAMED_VARIABLE);
            buffer[position++] = 0;
            putLatin1(variable.value(), Tag.NAMED_VARIABLE);
            buffer[position++] = 0;
        }
    }

    public void namedArrays(List<NamedArray> elements) throws ProtocolException {
        if (elements == null) {
            return;
        }
        for (NamedArray element : elements) {
            int size = element.name().length() + element.value().length() + 3;
            checkEcc(element.name(), element.value(), size);
            fieldHeader(Tag.NAMED_ARRAY, size);
            buffer[position++] = (byte) element.index();
            putLatin1(element.name(), Tag.NAMED_ARRAY);
            buffer[position++] = 0;
            putLatin1(element.value(), Tag.NAMED_ARRAY);
            buffer[position++] = 0;
        }
    }

    private void checkEcc(String name, String value, int size) throws ProtocolException {
        if (name.length() > NamedVariable.MAX_NAME_LENGTH || value.length() > NamedVariable.MAX_VALUE_LENGTH) {
            throw error(Reason.VALUE_TOO_LONG, "ECC variable '" + name + "': name or value too long");
        }
        namedDataBytes += size;
        if (namedDataBytes > BodyReader.MAX_NAMED_DATA) {
            throw error(Reason.VALUE_TOO_LONG, "ECC data exceed " + BodyReader.MAX_NAMED_DATA + " bytes");
        }
    }

    private void fieldHeader(int tag, int dataSize) throws ProtocolException {
        ensure(4 + dataSize);
        buffer[position] = (byte) (tag >>> 8);
        buffer[position + 1] = (byte) tag;
        buffer[position + 2] = (byte) (dataSize >>> 8);
        buffer[position + 3] = (byte) dataSize;
        position += 4;
    }

    private void putLatin1(String value, int tag) throws ProtocolException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c > 0xFF || c == 0) {
                throw error(Reason.UNENCODABLE_VALUE,
                        "tag " + tag + ": character U+" + Integer.toHexString(c) + " cannot be sent");
            }
            buffer[position++] = (byte) c;
        }
    }

    private void ensure(int size) throws ProtocolException {
        if (buffer.length - position < size) {
            throw error(Reason.FRAME_TOO_LARGE, "message exceeds " + Frames.MAX_FRAME_SIZE + " bytes");
        }
    }

    private void putInt(int at, int value) {
        buffer[at] = (byte) (value >>> 24);
        buffer[at + 1] = (byte) (value >>> 16);
        buffer[at + 2] = (byte) (value >>> 8);
        buffer[at + 3] = (byte) value;
    }

    private ProtocolException error(Reason reason, String detail) {
        return new ProtocolException(messageType, position, reason, detail);
    }
}
