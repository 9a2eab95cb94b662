package org.ctios.client.sse;

/**
 * One event of a {@code text/event-stream}.
 *
 * @param name the {@code event:} field, {@code "message"} when the server gave none
 * @param id   the last {@code id:} seen on the stream up to this event (the stream's Last-Event-ID), or null
 * @param data the {@code data:} lines joined with line feeds
 */
public record ServerSentEvent(String name, String id, String data) {
}
