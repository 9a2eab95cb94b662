package org.ctios.server.events;

import java.util.List;

/**
 * The live model for the event streams: its latest version, and each new one as it is committed.
 *
 * <p>Readers take {@link #current()}, an immutable version: they never see part of a transaction and never wait.
 * {@link Listener}s hear each version in the commits' order, after it is visible, on the committing thread, and must
 * not wait.
 */
public interface LiveUpdates {

    /** Hears each new version: the notices of the transaction it shows (none for a rebuild). */
    @FunctionalInterface
    interface Listener {

        /**
         * @param notices  the notices of the change, in order, an agent's with the agent as of its change (which the
         *                 CDI event fired in the transaction lacks: {@link AgentStateNotice#agent()}); not a copy
         * @param replaced a rebuild found the model had drifted from the database: what clients hold may be wrong
         */
        void changed(long version, List<Notice> notices, boolean replaced);
    }

    /** The latest version; the first call reads the model from the database. */
    LiveSnapshot current();

    void subscribe(Listener listener);

    void unsubscribe(Listener listener);
}
