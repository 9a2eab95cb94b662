package org.ctios.web.events;

import java.util.Objects;

/**
 * One event of the streams, as every subscriber receives it: its position in the sequence ({@code id}), its SSE
 * event name, its JSON data (serialised once for all streams) and what filters look at. Its wire form is made once,
 * by the first stream that sends it, and shared by the others.
 */
public final class StreamEvent {

    /** The SSE event name of the snapshot that starts a stream. */
    public static final String SNAPSHOT = "snapshot";

    private final long id;
    private final String name;
    private final String data;
    private final EventRouting routing;
    /** The stream's last event, outside the sequence (no id): why the server ends it. */
    private final boolean last;
    /** Made on first use; two writers making it at once make the same bytes. */
    private volatile byte[] wire;

    public StreamEvent(long id, String name, String data, EventRouting routing) {
        this(id, name, data, routing, false);
    }

    private StreamEvent(long id, String name, String data, EventRouting routing, boolean last) {
        this.id = id;
        this.name = name;
        this.data = data;
        this.routing = routing;
        this.last = last;
    }

    /** A stream's last event, sent to that stream only and without an id (a client resuming must not skip to it). */
    static StreamEvent last(String name, String data) {
        return new StreamEvent(-1, name, data, null, true);
    }

    boolean isLast() {
        return last;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String data() {
        return data;
    }

    public EventRouting routing() {
        return routing;
    }

    /** The event as {@code text/event-stream} bytes (read only: shared by every stream). */
    byte[] wire() {
        byte[] made = wire;
        if (made == null) {
            made = SseFormat.event(this);
            wire = made;
        }
        return made;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamEvent event && event.id == id && Objects.equals(event.name, name)
                && Objects.equals(event.data, data) && Objects.equals(event.routing, routing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, data, routing);
    }

    @Override
    public String toString() {
        return "StreamEvent[id=" + id + ", name=" + name + "]";
    }
}
