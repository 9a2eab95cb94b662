package org.ctios.simulator.replay;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctios.protocol.framing.Frames;

/** Writes a recording in the format {@link Recording} describes, frame by frame. Not thread-safe. */
public final class RecordingWriter implements AutoCloseable {

    private final DataOutputStream out;
    private long framesWritten;

    public RecordingWriter(OutputStream stream) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(stream, 64 * 1024));
        out.writeInt(Recording.MAGIC);
        out.writeInt(Recording.VERSION);
    }

    /** Creates (or replaces) a recording file. */
    public static RecordingWriter create(Path file) throws IOException {
        return new RecordingWriter(Files.newOutputStream(file));
    }

    /** Appends one whole frame, {@code length} bytes of {@code buffer} from {@code offset}. */
    public void write(long offsetNanos, byte[] buffer, int offset, int length) throws IOException {
        if (length < Frames.HEADER_SIZE || length > Frames.MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("a frame has 8 to 12,500 bytes, not " + length);
        }
        out.writeLong(offsetNanos);
        out.writeInt(length);
        out.write(buffer, offset, length);
        framesWritten++;
    }

    public long framesWritten() {
        return framesWritten;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
