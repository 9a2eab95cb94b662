package org.ctios.client.sse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the {@code text/event-stream} format (WHATWG HTML, "Server-sent events") from a byte stream, one event at a
 * time. Memory is bounded: an event whose lines add up to more than {@code maxEventBytes} fails the read rather than
 * growing without end, since a stream that sends one is broken or hostile.
 */
public final class EventStreamReader {

    private final InputStream in;
    private final int maxEventBytes;
    private final Runnable onActivity;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean skipLineFeed;
    private String lastEventId;

    /**
     * @param in            the response body
     * @param maxEventBytes the longest event (its lines together) accepted
     * @param onActivity    told of every line read, comments (heartbeats) included: what a silence watchdog watches
     */
    public EventStreamReader(InputStream in, int maxEventBytes, Runnable onActivity) {
        this.in = in;
        this.maxEventBytes = maxEventBytes;
        this.onActivity = onActivity;
    }

    /** The next event, or null at the end of the stream (an event cut off by the end is not dispatched). */
    public ServerSentEvent next() throws IOException {
        String name = "";
        StringBuilder data = null;
        int eventBytes = 0;
        for (;;) {
            String text = readLine();
            if (text == null) {
                return null;
            }
            onActivity.run();
            eventBytes += lineLength + 1;
            if (eventBytes > maxEventBytes) {
                throw new IOException("an event of the stream is longer than " + maxEventBytes + " bytes");
            }
            if (text.isEmpty()) {
                if (data != null) {
                    return new ServerSentEvent(name.isEmpty() ? "message" : name, lastEventId, data.toString());
                }
                name = "";
                eventBytes = 0;
                continue;
            }
            if (text.charAt(0) == ':') {
                continue; // a comment: the server's heartbeat
            }
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "id" -> {
                    if (value.indexOf('\0') < 0) {
                        lastEventId = value;
                    }
                }
                default -> { } // retry and unknown fields: this client keeps its own backoff
            }
        }
    }

    /** A line without its terminator (LF, CR or CRLF), or null at the end of the stream. */
    private String readLine() throws IOException {
        lineLength = 0;
        for (;;) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return null;
                }
            }
            byte b = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                skipLineFeed = b == '\r';
                return new String(line, 0, lineLength, StandardCharsets.UTF_8);
            }
            if (lineLength == maxEventBytes) {
                throw new IOException("a line of the stream is longer than " + maxEventBytes + " bytes");
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, Math.min(maxEventBytes, line.length * 2));
            }
            line[lineLength++] = b;
        }
    }
}
