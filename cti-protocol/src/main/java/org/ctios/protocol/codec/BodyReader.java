package org.ctios.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Reads one message body: the fixed part at once, then the floating fields one at a time. Every read is
 * bounds-checked against the body, so malformed input ends in a {@link ProtocolException} naming the offset (counted
 * from the start of the frame) and never in an unchecked exception or a large allocation. Reused for each message by
 * its {@link CtiCodec}, with the slots and collectors a {@link Layout} decodes into; not thread-safe.
 */
final class BodyReader {

    /** Combined size limit of the NamedVariable and NamedArray fields of one message. */
    static final int MAX_NAMED_DATA = 2000;

    /** The slots of the floating fields (and lists) of the message being decoded. */
    Object[] objects = new Object[Layout.MAX_FIELDS];
    private Layout.Collector[] collectors = new Layout.Collector[Layout.MAX_FIELDS];
    private String[] callVariables = new String[CallVariables.COUNT];
    private int messagesDecoded;
    private final ProtocolVersion version;
    private byte[] buffer;
    private byte[] fixedBytes;
    private byte[] fixedCopy = new byte[0];
    private int bodyStart;
    private int position;
    private int end;
    private int messageType;
    private int fieldTag;
    private int fieldStart;
    private int fieldLength;
    private int namedDataBytes;
    private long unknownFieldsSkipped;

    BodyReader(ProtocolVersion version) {
        this.version = version;
    }

    void reset(int type, byte[] source, int offset, int length) {
        // G1 fences each reference stored into an old object: scratch replaced every 4,096 messages dies young, so its
        // stores take the barrier's fast path (decode mix +13 % in JMH; replaced per message, -17 %: more allocation)
        if ((++messagesDecoded & 4095) == 0) {
            objects = new Object[Layout.MAX_FIELDS];
            collectors = new Layout.Collector[Layout.MAX_FIELDS];
            callVariables = new String[CallVariables.COUNT];
        }
        this.messageType = type;
        this.buffer = source;
        this.bodyStart = offset;
        this.position = offset;
        this.end = offset + length;
        this.namedDataBytes = 0;
    }

    /** The protocol version whose layouts apply. */
    ProtocolVersion version() {
        return version;
    }

    long unknownFieldsSkipped() {
        return unknownFieldsSkipped;
    }

    /**
     * Takes the fixed part, whose fields start at {@code offsets} and end at {@code offsets[count]}, and returns where
     * it starts in {@link #fixedBytes()}, since each field is read as the 4-byte word ending with it: the body's
     * buffer, or a copy when the body starts less than 3 bytes into it or when this version lacks the part's last
     * fields (these then read as 0). A body too short fails at the first field it cannot hold.
     */
    int fixedPart(int[] offsets, int count) throws ProtocolException {
        int size = offsets[count];
        int available = end - position;
        if (available < size) {
            int field = 0;
            while (offsets[field + 1] <= available) {
                field++;
            }
            throw error(position + offsets[field], Reason.TRUNCATED_FIXED_PART,
                    "fixed part of " + size + " bytes, " + available + " in the message");
        }
        int at = position;
        int whole = offsets[offsets.length - 1];
        position += size;
        fixedBytes = buffer;
        if (size == whole && at >= 3) {
            return at;
        }
        if (fixedCopy.length < 3 + whole) {
            fixedCopy = new byte[3 + whole];
        }
        System.arraycopy(buffer, at, fixedCopy, 3, size);
        Arrays.fill(fixedCopy, 3 + size, 3 + whole, (byte) 0);
        fixedBytes = fixedCopy;
        return 3;
    }

    /** The bytes holding the fixed part {@link #fixedPart} took. */
    byte[] fixedBytes() {
        return fixedBytes;
    }

    /**
     * Moves to the next floating field.
     *
     * @return false when the body has no more fields
     */
    boolean nextField() throws ProtocolException {
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
    int tag() {
        return fieldTag;
    }

    /** Skips a floating field this message's layout does not define, as servers add tags over versions. */
    void skipUnknownField() {
        unknownFieldsSkipped++;
    }

    /** The current field as a STRING of at most {@code maxSize} bytes including its NUL terminator. */
    String string(int maxSize) throws ProtocolException {
        if (fieldLength > maxSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "string of " + fieldLength + " bytes exceeds " + maxSize);
        }
        // The characters are copied first, so that the JDK's vectorised search looks for a NUL inside them.
        String value = new String(buffer, fieldStart, Math.max(fieldLength - 1, 0), StandardCharsets.ISO_8859_1);
        int nul = value.indexOf(0);
        if (nul >= 0 || fieldLength == 0 || buffer[fieldStart + fieldLength - 1] != 0) {
            throw fieldError(Reason.UNTERMINATED_STRING, nul < 0 ? "no NUL terminator"
                    : "NUL at byte " + nul + " of " + fieldLength);
        }
        return value;
    }

    /** The current field as UNSPEC bytes, at most {@code maxSize} of them. */
    ByteString byteString(int maxSize) throws ProtocolException {
        if (fieldLength > maxSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "field of " + fieldLength + " bytes exceeds " + maxSize);
        }
        return ByteString.wrapFresh(Arrays.copyOfRange(buffer, fieldStart, fieldStart + fieldLength));
    }

    /**
     * The current field as an unsigned number of exactly {@code size} bytes (an INT as its bit pattern): the word
     * ending with it, which the field's own 4-byte header keeps inside the buffer.
     */
    long number(int size) throws ProtocolException {
        if (fieldLength != size) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "expected " + size + " bytes, field has " + fieldLength);
        }
        return Layout.word(buffer, fieldStart + size, size);
    }

    /** The current field as a list of USHORT values (its length must be even). */
    List<Integer> ushorts() throws ProtocolException {
        if ((fieldLength & 1) != 0) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "USHORT array of odd length " + fieldLength);
        }
        Integer[] values = new Integer[fieldLength / 2];
        for (int i = 0; i < values.length; i++) {
            int at = fieldStart + 2 * i;
            values[i] = ((buffer[at] & 0xFF) << 8) | (buffer[at + 1] & 0xFF);
        }
        return Arrays.asList(values);
    }

    /**
     * The current field as a NamedVariable (name NUL value NUL; an empty field is an empty name and value) or, for an
     * {@code element}, a NamedArray element (an index byte, then the same).
     */
    Object eccVariable(boolean element) throws ProtocolException {
        int maxSize = element ? NamedArray.MAX_FIELD_SIZE : NamedVariable.MAX_FIELD_SIZE;
        if (fieldLength > maxSize) {
            throw fieldError(Reason.VALUE_TOO_LONG, "ECC field of " + fieldLength + " bytes exceeds " + maxSize);
        }
        namedDataBytes += fieldLength;
        if (namedDataBytes > MAX_NAMED_DATA) {
            throw fieldError(Reason.VALUE_TOO_LONG,
                    "NamedVariable and NamedArray data exceed " + MAX_NAMED_DATA + " bytes in one message");
        }
        if (fieldLength == 0 && element) {
            throw fieldError(Reason.BAD_FIELD_LENGTH, "NamedArray without its index byte");
        } else if (fieldLength == 0) {
            return new NamedVariable("", "");
        }
        int from = element ? fieldStart + 1 : fieldStart;
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
        String name = new String(buffer, from, nameLength, StandardCharsets.ISO_8859_1);
        String value = new String(buffer, nameEnd + 1, valueLength, StandardCharsets.ISO_8859_1);
        return element ? new NamedArray(buffer[fieldStart] & 0xFF, name, value) : new NamedVariable(name, value);
    }

    private int indexOfNul(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The call variables of the message in {@code slot}, a reused array cleared when the first one arrives. */
    String[] callVariables(int slot) {
        if (objects[slot] == null) {
            Arrays.fill(callVariables, null);
            objects[slot] = callVariables;
        }
        return callVariables;
    }

    /** The collector of the list or group in {@code slot}, reused and cleared when its first value arrives. */
    Layout.Collector collector(int slot) {
        if (objects[slot] == null) {
            if (collectors[slot] == null) {
                collectors[slot] = new Layout.Collector();
            }
            objects[slot] = collectors[slot].clear();
        }
        return collectors[slot];
    }

    /** Fails the message when a required floating field was absent. */
    void require(Object value, String fieldName) throws ProtocolException {
        if (value == null) {
            throw error(end, Reason.MISSING_REQUIRED_FIELD, "required field " + fieldName + " is absent");
        }
    }

    private ProtocolException fieldError(Reason reason, String detail) {
        return error(fieldStart - 4, reason, "field tag " + fieldTag + ": " + detail);
    }

    private ProtocolException error(int at, Reason reason, String detail) {
        return new ProtocolException(messageType, at - bodyStart + Frames.HEADER_SIZE, reason, detail);
    }
}
