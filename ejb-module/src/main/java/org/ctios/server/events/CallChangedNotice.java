package org.ctios.server.events;

/**
 * A stored call changed through an event that has no notice of its own: it began, was originated, queued,
 * transferred, conferenced, diverted, failed or lost a party. Lets a waiter learn of every change to a call (with
 * the {@link CallNotice}s and {@link CallEndedNotice}); not part of the sealed {@link CallNotice} family, so
 * exhaustive switches over those stay as they are.
 */
public record CallChangedNotice(long callId, String event) {
}
