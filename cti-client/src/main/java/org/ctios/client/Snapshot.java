package org.ctios.client;

import java.util.Collection;

/**
 * The session's whole picture, handed to {@link CtiListener#onSnapshot} when it starts over.
 *
 * @param agents the agents the session follows
 * @param calls  the calls in progress concerning them
 * @param reason why the listener gets a whole picture rather than the change
 */
public record Snapshot(Collection<Agent> agents, Collection<Call> calls, Reason reason) {

    public enum Reason {
        /** The stream's first event: on the first connection, and on a reconnection the server could not resume. */
        STREAM,
        /**
         * The listener fell so far behind that the session's bounded queue of notifications filled: the pending ones
         * were dropped, and this is the state as it is now.
         */
        LISTENER_FELL_BEHIND
    }
}
