package org.ctios.server.events;

/** A device answered a call. */
public record CallEstablishedNotice(long callId, String device) implements CallNotice {
}
