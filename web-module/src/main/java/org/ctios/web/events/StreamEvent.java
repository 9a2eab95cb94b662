package org.ctios.web.events;

/**
 * One event of the streams, as every subscriber receives it: its position in the sequence ({@code id}), its SSE
 * event name, its JSON data (serialised once for all streams) and what filters look at.
 */
public record StreamEvent(long id, String name, String data, EventRouting routing) {

    /** The SSE event name of the snapshot that starts a stream. */
    public static final String SNAPSHOT = "snapshot";
}
