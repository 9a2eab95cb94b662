package org.ctios.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A frame written byte by byte, for tests that need input no encoder would produce. */
final class RawFrame {

    private final int messageType;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Integer declaredLength;

    private RawFrame(int messageType) {
        this.messageType = messageType;
    }

    static RawFrame ofType(int messageType) {
        return new RawFrame(messageType);
    }

    RawFrame uint(long value) {
        body.write((int) (value >>> 24));
        body.write((int) (value >>> 16));
        body.write((int) (value >>> 8));
        body.write((int) value);
        return this;
    }

    RawFrame ushort(int value) {
        body.write(value >>> 8);
        body.write(value);
        return this;
    }

    RawFrame zeros(int count) {
        body.write(new byte[count], 0, count);
        return this;
    }

    /** A floating field with exactly these data bytes. */
    RawFrame field(int tag, byte[] data) {
        ushort(tag);
        ushort(data.length);
        body.write(data, 0, data.length);
        return this;
    }

    /** A STRING field: the text and its NUL. */
    RawFrame string(int tag, String text) {
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, data, 0, ascii.length);
        return field(tag, data);
    }

    /** A field header that claims more bytes than follow. */
    RawFrame fieldHeader(int tag, int claimedLength) {
        ushort(tag);
        ushort(claimedLength);
        return this;
    }

    RawFrame bytes(int... raw) {
        for (int value : raw) {
            body.write(value);
        }
        return this;
    }

    /** Overrides the MessageLength written in the header. */
    RawFrame declaredLength(int length) {
        this.declaredLength = length;
        return this;
    }

    int bodySize() {
        return body.size();
    }

    byte[] toBytes() {
        byte[] data = body.toByteArray();
        int length = declaredLength == null ? data.length : declaredLength;
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (int value : new int[] {length, messageType}) {
            frame.write(value >>> 24);
            frame.write(value >>> 16);
            frame.write(value >>> 8);
            frame.write(value);
        }
        frame.write(data, 0, data.length);
        return frame.toByteArray();
    }
}
