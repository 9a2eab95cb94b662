package org.ctios.server.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.api.ObjectServerStart;
import org.ctios.server.application.LinkHandover;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.application.supervision.SupervisionNoticesApplied;
import org.ctios.server.infrastructure.cluster.ClusterSettings;

/**
 * {@link ObjectServerStart}: the live model first (after the schema's migration and the organisation's import, which
 * run when the persistence unit starts), so that the first request does not wait for it and the first committed
 * changes build on it; then the hand-over to the link, which reads the remembered agents and calls.
 */
@ApplicationScoped
public class ObjectServerStartup implements ObjectServerStart {

    private static final Logger LOG = Logger.getLogger(ObjectServerStartup.class.getName());

    @Inject
    private LiveModel live;

    @Inject
    private LinkHandover handover;

    @Inject
    private ClusterSettings cluster;

    @Inject
    private SupervisionNoticesApplied supervision;

    @Override
    public void start() {
        try {
            LiveState state = live.current();
            LOG.info("live model read: " + state.agents().size() + " agents, " + state.calls().size()
                    + " calls in progress");
        } catch (RuntimeException e) {
            // the first reader tries again; the application must start even so
            LOG.log(Level.WARNING, "the live model could not be read at start", e);
        }
        if (!cluster.enabled()) {
            try {
                handover.handOverRemembered();
            } catch (RuntimeException e) {
                // The application must start even so; calls are then reconciled by their own events.
                LOG.log(Level.WARNING, "the remembered agents and calls could not be handed to the CTI link", e);
            }
        }
        supervision.follow();
    }
}
