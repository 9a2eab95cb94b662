package org.ctios.server.events;

/** A call's data (numbers, call variables, ECC variables, wrap-up data) changed. */
public record CallDataNotice(long callId) implements CallNotice {
}
