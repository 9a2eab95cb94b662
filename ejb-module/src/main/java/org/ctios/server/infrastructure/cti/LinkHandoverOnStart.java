package org.ctios.server.infrastructure.cti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.application.LinkHandover;
import org.ctios.server.infrastructure.cluster.ClusterSettings;
import org.ctios.server.infrastructure.cluster.LinkElection;

/**
 * Hands what the database remembers to the CTI link once the application has started; in a cluster, the server
 * elected to hold the link does it when it takes the link ({@link LinkElection}).
 */
@ApplicationScoped
public class LinkHandoverOnStart {

    private static final Logger LOG = Logger.getLogger(LinkHandoverOnStart.class.getName());

    @Inject
    private LinkHandover handover;

    @Inject
    private ClusterSettings cluster;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (cluster.enabled()) {
            return;
        }
        try {
            handover.handOverRemembered();
        } catch (RuntimeException e) {
            // The application must start even so; calls are then reconciled by their own events.
            LOG.log(Level.WARNING, "the remembered agents and calls could not be handed to the CTI link", e);
        }
    }
}
