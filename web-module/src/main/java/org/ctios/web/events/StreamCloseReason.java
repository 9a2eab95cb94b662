package org.ctios.web.events;

/** Why a stream was closed. */
public enum StreamCloseReason {
    /** Its queue was full: the client takes events more slowly than they come. */
    FELL_BEHIND,
    /** No write was possible for the stall timeout: the client stopped reading, or its connection is dead. */
    STALLED,
    /** The connection failed or the client went away. */
    CLIENT_GONE,
    /** The server closed it: events were lost before the streams, or the application stops. */
    SERVER,
    /**
     * Its caller's sign-in no longer holds (account disabled or removed, password changed, token expired) or the
     * stream reached its longest life: it ended with a {@code signed-out} event, and the client signs in again.
     */
    SIGNED_OUT;

    /** Whether the client was dropped for not keeping up (what the dropped-streams counter counts). */
    public boolean isDrop() {
        return this == FELL_BEHIND || this == STALLED;
    }
}
