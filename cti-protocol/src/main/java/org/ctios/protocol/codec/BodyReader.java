package org.ctios.protocol.codec;

import java.nio.charset.StandardCharsets;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * Reads one message body: the fixed part field by field, then the floating fields one at a time. Every read is
 * bounds-checked against the body, so malformed input ends in a {@link ProtocolException} naming the offset (counted
 * from the start of the frame) and never in an unchecked exception or a large allocation. Reused for each message by
 * its {@link CtiCodec}; not thread-safe.
 */
public final class BodyReader {

    /** Combined size limit of the NamedVariable and NamedArray fields of one message. */
    static final int MAX_NAMED_DATA = 2000;

    private final ProtocolVersion version;
    private byte[] buffer;
    private int bodyStart;
    private int position;
    private int end;
    private int messageType;

    private int fieldTag;
    private int fieldStart;
    private int fieldLength;
    private int namedDataBytes;
    private long unknownFieldsSkipped;
    private final Layout.Values values = new Layout.Values(new long[Layout.MAX_FIELDS], new Object[Layout.MAX_FIELDS]);

    BodyReader(ProtocolVersion version) {
        this.version = version;
    }

    void reset(int type, byte[] source, int offset, int length) {
        this.messageType = type;
        this.buffer = source;
        this.bodyStart = offset;
        this.position = offset;
        this.end = offset + length;
        this.namedDataBytes = 0;
    }

    /** The protocol version whose layouts apply. */
    public ProtocolVersion version() {
        return version;
    }

    /** The value slots a layout decodes into, reused for every message. */
    Layout.Values values() {
        return values;
    }

    long unknownFieldsSkipped() {
        return unknownFieldsSkipped;
    }

    // ---- fixed part ----

    /** An unsigned 32-bit field (UINT, TIME, ULONG). */
    public long uint() throws ProtocolException {
        return readInt() & 0xFFFF_FFFFL;
    }

    /** A signed 32-bit field (INT). */
    public int int32() throws ProtocolException {
        return readInt();
    }

    /** An unsigned 16-bit field (USHORT). */
    public int ushort() throws ProtocolException {
        requireFixed(2);
        int value = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    /** An unsigned 8-bit field (UCHAR). */
    public int uchar() throws ProtocolException {
        requireFixed(1);
        return buffer[position++] & 0xFF;
    }

    /**
     * Takes a whole fixed part of {@code size} bytes at once and returns where it starts in {@link #buffer()}, when
     * the body holds all of it and the buffer has 3 more bytes after it (so that each field can be read as a 4-byte
     * word); -1, taking nothing, otherwise.
     */
    int takeFixedPart(int size) {
        if (end - position < size || buffer.length - position < size + 3) {
            return -1;
        }
        int at = position;
        position += size;
        return at;
    }

    byte[] buffer() {
        return buffer;
    }

    private int readInt() throws ProtocolException {
        requireFixed(4);
        int value = readIntAt(position);
        position += 4;
        return value;
    }

    private int readIntAt(int at) {
        return ((buffer[at] & 0xFF) << 24) | ((buffer[at + 1] & 0xFF) << 16)
                | ((buffer[at + 2] & 0xFF) << 8) | (buffer[at + 3] & 0xFF);
    }

    private void requireFixed(int size) throws ProtocolException {
        if (end - position < size) {
            throw error(position, Reason.TRUNCATED_FIXED_PART,
                    "fixed part needs " + size + " more bytes, " + (end - position) + " left");
        }
    }

    // ---- floating part ----

    /**
     * Moves to the next floating field.
     *
     * @return false when the body has no more fields
     */
    public boolean nextField() throws ProtocolException {
        if (position == end) {
            return false;
        }
        if (end - position < 4) {
            throw error(position, Reason.FIELD_OVERRUN,
                    "floating field header needs 4 bytes, " + (end - position) + " left");
        }
        fieldTag = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
        fieldLength = ((buffer[position + 2] & 0xFF) << 8) | (buffer[position + 3] & 0xFF);
        fieldStart = position + 4;
        if (fieldLength > end - fieldStart) {
            throw error(position, Reason.FIELD_OVERRUN, "field tag " + fieldTag + " declares " + fieldLength
                    + " bytes, " + (end - fieldStart) + " left in the message");
        }
        position = fieldStart + fieldLength;
        return true;
    }

    /** Tag of the current floating field. */
    public int tag() {
        return fieldTag;
    }

    /** Skips a floating field this message's layout does not define, as servers add tags over versions. */
    public void skipUnknownField() {
        unknownFieldsSkipped++;
    }

    /** The current field as a STRING of at most {@code maxSize} bytes including its NUL terminator. */
    public String string(int maxSize) throws ProtocolException {
        if (fieldLength > maxSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "string of " + fieldLength + " bytes exceeds " + maxSize);
        }
        int terminator = indexOfNul(fieldStart, fieldStart + fieldLength);
        if (terminator != fieldStart + fieldLength - 1) {
            throw fieldError(Reason.UNTERMINATED_STRING, terminator < 0 ? "no NUL terminator"
                    : "NUL at byte " + (terminator - fieldStart) + " of " + fieldLength);
        }
        return new String(buffer, fieldStart, fieldLength - 1, StandardCharsets.ISO_8859_1);
    }

    /** The current field as UNSPEC bytes, at most {@code maxSize} of them. */
    public byte[] unspec(int maxSize) throws ProtocolException {
        if (fieldLength > maxSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "field of " + fieldLength + " bytes exceeds " + maxSize);
        }
        byte[] copy = new byte[fieldLength];
        System.arraycopy(buffer, fieldStart, copy, 0, fieldLength);
        return copy;
    }

    /** The current field as UNSPEC bytes, at most {@code maxSize} of them. */
    public ByteString byteString(int maxSize) throws ProtocolException {
        return ByteString.wrapFresh(unspec(maxSize));
    }

    /** The current field as a UINT (also TIME). */
    public long uintField() throws ProtocolException {
        requireFieldLength(4);
        return readIntAt(fieldStart) & 0xFFFF_FFFFL;
    }

    /** The current field as an INT. */
    public int int32Field() throws ProtocolException {
        requireFieldLength(4);
        return readIntAt(fieldStart);
    }

    /** The current field as a USHORT. */
    public int ushortField() throws ProtocolException {
        requireFieldLength(2);
        return ((buffer[fieldStart] & 0xFF) << 8) | (buffer[fieldStart + 1] & 0xFF);
    }

    /** The current field as a UCHAR. */
    public int ucharField() throws ProtocolException {
        requireFieldLength(1);
        return buffer[fieldStart] & 0xFF;
    }

    /** The current field as a list of USHORT values (its length must be even). */
    public int[] ushortArrayField() throws ProtocolException {
        if ((fieldLength & 1) != 0) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "USHORT array of odd length " + fieldLength);
        }
        int[] values = new int[fieldLength / 2];
        for (int i = 0; i < values.length; i++) {
            int at = fieldStart + 2 * i;
            values[i] = ((buffer[at] & 0xFF) << 8) | (buffer[at + 1] & 0xFF);
        }
        return values;
    }

    /** The current field as a NamedVariable: name NUL value NUL; an empty field is an empty name and value. */
    public NamedVariable namedVariable() throws ProtocolException {
        countNamedData(NamedVariable.MAX_FIELD_SIZE);
        if (fieldLength == 0) {
            return new NamedVariable("", "");
        }
        String[] nameAndValue = nameAndValue(fieldStart);
        return new NamedVariable(nameAndValue[0], nameAndValue[1]);
    }

    /** The current field as a NamedArray element: index byte, name NUL, value NUL. */
    public NamedArray namedArray() throws ProtocolException {
        countNamedData(NamedArray.MAX_FIELD_SIZE);
        if (fieldLength == 0) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "NamedArray without its index byte");
        }
        String[] nameAndValue = nameAndValue(fieldStart + 1);
        return new NamedArray(buffer[fieldStart] & 0xFF, nameAndValue[0], nameAndValue[1]);
    }

    private void countNamedData(int maxFieldSize) throws ProtocolException {
        if (fieldLength > maxFieldSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "ECC field of " + fieldLength + " bytes exceeds " + maxFieldSize);
        }
        namedDataBytes += fieldLength;
        if (namedDataBytes > MAX_NAMED_DATA) {
            throw fieldError(Reason.VALUE_TOO_LONG,
                    "NamedVariable and NamedArray data exceed " + MAX_NAMED_DATA + " bytes in one message");
        }
    }

    private String[] nameAndValue(int from) throws ProtocolException {
        int fieldEnd = fieldStart + fieldLength;
        int nameEnd = indexOfNul(from, fieldEnd);
        if (nameEnd < 0) {
            throw fieldError(Reason.UNTERMINATED_STRING, "ECC variable name without NUL");
        }
        int valueEnd = indexOfNul(nameEnd + 1, fieldEnd);
        if (valueEnd != fieldEnd - 1) {
            throw fieldError(Reason.UNTERMINATED_STRING, "ECC variable value must end the field with its NUL");
        }
        int nameLength = nameEnd - from;
        int valueLength = valueEnd - nameEnd - 1;
        if (nameLength > NamedVariable.MAX_NAME_LENGTH || valueLength > NamedVariable.MAX_VALUE_LENGTH) {
            throw fieldError(Reason.VALUE_TOO_LONG, "ECC name of " + nameLength + " or value of " + valueLength
                    + " characters exceeds " + NamedVariable.MAX_NAME_LENGTH + "/" + NamedVariable.MAX_VALUE_LENGTH);
        }
        return new String[] {
            new String(buffer, from, nameLength, StandardCharsets.ISO_8859_1),
            new String(buffer, nameEnd + 1, valueLength, StandardCharsets.ISO_8859_1)
        };
    }

    private int indexOfNul(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private void requireFieldLength(int size) throws ProtocolException {
        if (fieldLength != size) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "expected " + size + " bytes, field has " + fieldLength);
        }
    }

    /** Fails the message when a required floating field was absent. */
    public <T> T require(T value, String fieldName) throws ProtocolException {
        if (value == null) {
            throw error(end, Reason.MISSING_REQUIRED_FIELD, "required field " + fieldName + " is absent");
        }
        return value;
    }

    private ProtocolException fieldError(Reason reason, String detail) {
        return error(fieldStart - 4, reason, "field tag " + fieldTag + ": " + detail);
    }

    private ProtocolException error(int at, Reason reason, String detail) {
        return new ProtocolException(messageType, at - bodyStart + Frames.HEADER_SIZE, reason, detail);
    }
}
