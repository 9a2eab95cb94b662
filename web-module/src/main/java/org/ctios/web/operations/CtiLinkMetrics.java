package org.ctios.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.ctios.connector.api.LinkStatus;
import org.ctios.server.api.CtiLink;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The CTI link as MicroProfile Metrics gauges ({@code /metrics}, names {@code ctios_link_*}), registered when the
 * application starts: gauges annotated on a bean appear only once something has created the bean.
 */
@ApplicationScoped
public class CtiLinkMetrics {

    private CtiLink control;
    private MetricRegistry registry;

    /** For the container's proxy. */
    protected CtiLinkMetrics() {
    }

    @Inject
    public CtiLinkMetrics(CtiLink control, MetricRegistry registry) {
        this.control = control;
        this.registry = registry;
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("ctios.link.connected", "1 while a session with the CTI Server is open, else 0",
                link -> link.connected() ? 1 : 0);
        gauge("ctios.link.reconnects", "Sessions with the CTI Server opened after the first one",
                LinkStatus::reconnects);
        // They reconcile as LinkStatus's Javadoc and the README's "Operations" say.
        gauge("ctios.link.events-received", "Event messages read from the CTI Server since the adapter started",
                LinkStatus::eventsReceived);
        gauge("ctios.link.events-ignored", "Event messages received that carry nothing for the application",
                LinkStatus::eventsIgnored);
        gauge("ctios.link.events-generated", "Events the connector made itself: the link's status and each "
                + "resynchronisation's snapshots", LinkStatus::eventsGenerated);
        gauge("ctios.link.events-dispatched", "Events handed on for delivery: received - ignored + generated",
                LinkStatus::eventsDispatched);
        gauge("ctios.link.message-endpoints", "Message endpoints (MDBs) that receive each event",
                LinkStatus::messageEndpoints);
        gauge("ctios.link.events-delivered", "Deliveries completed, one per event and endpoint",
                LinkStatus::eventsDelivered);
        gauge("ctios.link.dead-letters", "Deliveries given up on after every attempt failed, one per event and "
                + "endpoint", LinkStatus::deadLetters);
        gauge("ctios.link.events-pending", "Deliveries neither completed nor given up on: queued or in delivery",
                LinkStatus::eventsPending);
        gauge("ctios.link.events-filtered", "Deliveries an MDB's activation properties declined, one per event and "
                + "endpoint", LinkStatus::eventsFiltered);
        gauge("ctios.link.deliveries-offered", "Events offered to MDBs, one per event and MDB active when it was "
                + "dispatched: delivered + dead letters + pending + filtered", LinkStatus::deliveriesOffered);
    }

    private void gauge(String name, String description, ToLongFunction<LinkStatus> reading) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), control,
                agentControl -> reading.applyAsLong(agentControl.linkStatus()));
    }
}
