package org.ctios.server.events;

/** A device took a call off hold. */
public record CallRetrievedNotice(long callId, String device) implements CallNotice {
}
