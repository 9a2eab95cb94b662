package org.ctios.server.infrastructure.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;

/**
 * Reads the live model from the database as the application starts (after the schema's migration and the
 * organisation's import, which run when the persistence unit starts), so that the first request does not wait for
 * it and the first committed changes build on it.
 */
@ApplicationScoped
public class LiveModelOnStart {

    private static final Logger LOG = Logger.getLogger(LiveModelOnStart.class.getName());

    @Inject
    private LiveModel live;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            LiveState state = live.current();
            LOG.info("live model read: " + state.agents().size() + " agents, " + state.calls().size()
                    + " calls in progress");
        } catch (RuntimeException e) {
            // the first reader tries again; the application must start even so
            LOG.log(Level.WARNING, "the live model could not be read at start", e);
        }
    }
}
