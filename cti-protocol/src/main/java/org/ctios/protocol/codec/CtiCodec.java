package org.ctios.protocol.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.Frames;

/**
 * Encodes and decodes CTI Server messages for one protocol version. Each instance reuses one read and one write
 * buffer and is meant for one connection direction on one thread at a time: give every thread its own codec.
 */
public final class CtiCodec {

    private final BodyReader reader;
    private final BodyWriter writer;

    public CtiCodec(ProtocolVersion version) {
        this.reader = new BodyReader(version);
        this.writer = new BodyWriter(version);
    }

    /** A codec for protocol version 24, the version this project speaks. */
    public static CtiCodec v24() {
        return new CtiCodec(ProtocolVersion.V24);
    }

    public ProtocolVersion version() {
        return reader.version();
    }

    /** True when this codec can decode and encode the message type with that number. */
    public static boolean supports(int messageType) {
        return CodecTable.forNumber(messageType) != null;
    }

    /** The message types this codec can decode and encode. */
    public static Set<MessageType> supportedTypes() {
        return CodecTable.all().keySet();
    }

    /**
     * A builder of a message by field names (the record's component names), checked field by field against the
     * message's layout as the encoder would check it; fields not set are 0, false, absent or empty.
     */
    public static <M extends CtiMessage> Layout.Builder<M> builder(Class<M> recordType) {
        Layout<M> layout = CodecTable.layoutOf(recordType);
        if (layout == null) {
            throw new IllegalArgumentException("no layout for " + recordType.getName());
        }
        return layout.builder();
    }

    /**
     * Decodes a message body (the bytes after the 8-byte header).
     *
     * @param messageType the MessageType of the header
     * @param source      the buffer holding the body
     * @param offset      where the body starts in {@code source}
     * @param length      the header's MessageLength
     */
    public CtiMessage decodeBody(int messageType, byte[] source, int offset, int length) throws ProtocolException {
        Layout<CtiMessage> layout = layout(messageType);
        reader.reset(messageType, source, offset, length);
        return layout.decode(reader);
    }

    /** Decodes a whole frame, header included, from {@code frame[offset]} on. */
    public CtiMessage decodeFrame(byte[] frame, int offset, int frameSize) throws ProtocolException {
        if (frameSize < Frames.HEADER_SIZE) {
            throw new ProtocolException(ProtocolException.NO_MESSAGE_TYPE, frameSize, Reason.TRUNCATED_FRAME,
                    "a frame needs its 8-byte header, got " + frameSize + " bytes");
        }
        ByteBuffer header = ByteBuffer.wrap(frame, offset, Frames.HEADER_SIZE);
        int messageLength = header.getInt();
        int messageType = header.getInt();
        Frames.checkBodyLength(messageLength, messageType);
        if (messageLength != frameSize - Frames.HEADER_SIZE) {
            throw new ProtocolException(messageType, 0, Reason.TRUNCATED_FRAME, "MessageLength " + messageLength
                    + " but the frame holds " + (frameSize - Frames.HEADER_SIZE) + " body bytes");
        }
        return decodeBody(messageType, frame, offset + Frames.HEADER_SIZE, messageLength);
    }

    /** Decodes one whole frame from the buffer's position and moves the position past it. */
    public CtiMessage decodeFrame(ByteBuffer buffer) throws ProtocolException {
        int frameSize = Frames.completeFrameSize(buffer);
        if (frameSize < 0) {
            throw new ProtocolException(ProtocolException.NO_MESSAGE_TYPE, buffer.remaining(),
                    Reason.TRUNCATED_FRAME, "the buffer does not hold a whole frame");
        }
        byte[] frame = new byte[frameSize];
        buffer.get(frame);
        return decodeFrame(frame, 0, frameSize);
    }

    /**
     * Encodes a message, header included, into this codec's buffer.
     *
     * @return the frame's size; the bytes are in {@link #encodedFrame()} until the next call
     */
    public int encodeToBuffer(CtiMessage message) throws ProtocolException {
        int type = message.messageType().number();
        Layout<CtiMessage> layout = layout(type);
        writer.begin(type);
        layout.encode(message, writer);
        return writer.finish();
    }

    /** The layout of a message type; an unknown one fails at the header's MessageType field. */
    @SuppressWarnings("unchecked")
    private static Layout<CtiMessage> layout(int type) throws ProtocolException {
        Layout<CtiMessage> layout = (Layout<CtiMessage>) CodecTable.forNumber(type);
        if (layout == null) {
            throw new ProtocolException(type, 4, Reason.UNKNOWN_MESSAGE_TYPE,
                    "no layout for " + MessageType.describe(type));
        }
        return layout;
    }

    /** The buffer holding the frame of the last {@link #encodeToBuffer(CtiMessage)}, from index 0. */
    public byte[] encodedFrame() {
        return writer.buffer();
    }

    /** Encodes a message, header included, into a new array. */
    public byte[] encode(CtiMessage message) throws ProtocolException {
        int size = encodeToBuffer(message);
        return Arrays.copyOf(writer.buffer(), size);
    }

    /** How many floating fields of unknown tags this codec's decoder has skipped so far. */
    public long unknownFieldsSkipped() {
        return reader.unknownFieldsSkipped();
    }
}
