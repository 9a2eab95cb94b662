package org.ctios.server.events;

/** A device put a call on hold. */
public record CallHeldNotice(long callId, String device) implements CallNotice {
}
