package org.ctios.benchmarks;

/**
 * The lines of a {@code text/event-stream} into events: {@code id:}, {@code event:} and {@code data:} fields up to a
 * blank line; comments (heartbeats) and other fields are passed over. Not thread-safe: one per stream.
 */
final class SseParser {

    /** The name of the event a CTI OS stream starts with. */
    static final String SNAPSHOT = "snapshot";

    /** Receives each event once its blank line has been read. */
    interface Listener {

        /** @param id the event's id or null; {@code name} or {@code data} may be null, not both */
        void event(String id, String name, String data);
    }

    private final Listener listener;
    private String id;
    private String name;
    private String data;

    SseParser(Listener listener) {
        this.listener = listener;
    }

    void line(String line) {
        if (line.isEmpty()) {
            if (name != null || data != null) {
                listener.event(id, name, data);
            }
            reset();
        } else if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            String part = line.substring(5).stripLeading();
            data = data == null ? part : data + "\n" + part;
        }
    }

    /** Forgets a half-read event: a new connection starts afresh. */
    void reset() {
        id = null;
        name = null;
        data = null;
    }
}
