package org.ctios.web.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.ctios.server.api.LinkHolding;
import org.ctios.server.api.ObjectServerStart;
import org.ctios.web.security.ClusterSecret;
import org.ctios.web.events.EventStreams;
import org.ctios.web.events.SkillGroupStatisticsEvents;

/**
 * Starts the object server and joins the election of the CTI link's holder once the web module is up, and not
 * before: the event streams that receive the notices relayed from the holder are started here first, on this
 * thread, which has the application's context (a bean first created on a thread of the data grid or the relay would
 * lack it); so is the object server ({@link ObjectServerStart}: its live model, the hand-over to the link, the stores
 * of the silent monitors and calls for help, which follow the notices committed or relayed), which has no such
 * context of its own at the application's start in Payara Server's EAR. Outside a cluster the election does nothing;
 * in a cluster, the server does not start without the cluster's secret ({@link ClusterSecret}). A package of its
 * own, above the streams and the cluster: it orders their start, and neither depends on the other.
 */
@WebListener
public class ServerStart implements ServletContextListener {

    @Inject
    private EventStreams eventStreams;

    @Inject
    private SkillGroupStatisticsEvents statisticsEvents;

    @Inject
    private ObjectServerStart objectServer;

    @Inject
    private LinkHolding election;

    @Inject
    private ClusterSecret secret;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (secret.clustered()) {
            secret.signature();   // a cluster without its secret does not start: it could not forward safely
        }
        // Calling them creates them: the application-scoped beans start on first use.
        eventStreams.activeStreams();
        statisticsEvents.interval();
        objectServer.start();   // before the election: a standby keeps the holder's monitors and alerts from the first
        election.start();
    }
}
