package org.ctios.client;

/**
 * A call that ended ({@code CallEnded}).
 *
 * @param callId    the call's id
 * @param callKey   its history record's key, for {@link Agent#wrapUp}
 * @param reason    why it ended, as the server names it
 * @param lastKnown the call as the session last knew it, or null when it never knew it
 */
public record CallEnd(String callId, String callKey, String reason, Call lastKnown) {
}
