package org.ctios.protocol.stream;

import java.io.IOException;
import java.io.OutputStream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;

/**
 * Writes messages to a stream, each as one whole frame. Safe for several threads: a frame is encoded and written
 * under one lock, so frames never interleave.
 */
public final class MessageWriter {

    private final OutputStream out;
    private final CtiCodec codec;

    public MessageWriter(OutputStream out, ProtocolVersion version) {
        this.out = out;
        this.codec = new CtiCodec(version);
    }

    /** Encodes and writes one message, then flushes. */
    public synchronized void write(CtiMessage message) throws IOException {
        int size = codec.encodeToBuffer(message);
        out.write(codec.encodedFrame(), 0, size);
        out.flush();
    }

    /** Encodes and writes one message without flushing, for a batch ended by {@link #flush()}. */
    public synchronized void writeWithoutFlush(CtiMessage message) throws IOException {
        int size = codec.encodeToBuffer(message);
        out.write(codec.encodedFrame(), 0, size);
    }

    public synchronized void flush() throws IOException {
        out.flush();
    }
}
