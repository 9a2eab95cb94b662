package org.ctios.server.events;

/** A call rings at a device: the moment of the screen pop. */
public record CallDeliveredNotice(long callId, String device) implements CallNotice {
}
