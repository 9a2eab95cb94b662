package org.ctios.simulator.replay;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.framing.Frames;

/**
 * A recording of the frames a CTI Server sent to one client, read whole into memory for replay.
 *
 * <p>The file format, version 1, all numbers big-endian as in the CTI protocol:
 * <pre>
 *   header   4 bytes  magic "CTIR" (0x43 0x54 0x49 0x52)
 *            4 bytes  format version, int: 1
 *   frames   repeated until the end of the file:
 *            8 bytes  receive-time offset, long: nanoseconds after the recording's session opened
 *            4 bytes  frame length, int: 8 to 12,500
 *            n bytes  the frame exactly as received: MessageLength, MessageType, body
 * </pre>
 * The file ends cleanly only between two frames; a frame whose length disagrees with its own MessageLength is
 * refused, so a damaged file fails on reading rather than on replay.
 */
public final class Recording {

    /** "CTIR". */
    public static final int MAGIC = 0x4354_4952;
    public static final int VERSION = 1;

    private final List<RecordedFrame> frames;

    public Recording(List<RecordedFrame> frames) {
        this.frames = List.copyOf(frames);
    }

    /** Reads a recording file. */
    public static Recording read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a recording from a stream, to its end. */
    public static Recording read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 64 * 1024));
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a CTI recording: magic " + Integer.toHexString(magic));
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("CTI recording format version " + version + " is not supported (only " + VERSION
                    + ")");
        }
        List<RecordedFrame> frames = new ArrayList<>();
        while (true) {
            long offset;
            try {
                offset = in.readLong();
            } catch (EOFException end) {
                break;
            }
            int length = in.readInt();
            if (length < Frames.HEADER_SIZE || length > Frames.MAX_FRAME_SIZE) {
                throw new IOException("frame " + frames.size() + ": length " + length + " out of range");
            }
            byte[] frame = new byte[length];
            in.readFully(frame);
            int messageLength = ((frame[0] & 0xFF) << 24) | ((frame[1] & 0xFF) << 16) | ((frame[2] & 0xFF) << 8)
                    | (frame[3] & 0xFF);
            if (messageLength != length - Frames.HEADER_SIZE) {
                throw new IOException("frame " + frames.size() + ": MessageLength " + messageLength
                        + " disagrees with the recorded length " + length);
            }
            frames.add(new RecordedFrame(offset, frame));
        }
        return new Recording(frames);
    }

    public int size() {
        return frames.size();
    }

    public RecordedFrame frame(int index) {
        return frames.get(index);
    }

    public List<RecordedFrame> frames() {
        return frames;
    }
}
