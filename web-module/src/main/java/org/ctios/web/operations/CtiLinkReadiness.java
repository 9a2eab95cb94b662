package org.ctios.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctios.connector.api.LinkStatus;
import org.ctios.server.api.CtiLink;
import org.ctios.server.api.LinkHolding;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while a session with the CTI Server is open and its snapshot has been read: a load balancer or an
 * orchestrator then sends CRM and agent traffic here, and takes it away while the link is down or resynchronising
 * (the stored state may be stale then). A standby server of a cluster is ready while another server holds the link:
 * it serves reads and event streams itself and forwards control requests there. {@code /health/ready}.
 *
 * <p>Anyone who reaches the server reads its health without signing in, so the data names no host, port or URL:
 * neither why the link was lost (which names the CTI Server's address) nor which server of the cluster holds it.
 * Signed-in operators read both in {@code GET /cti/api/system}.
 */
@Readiness
@ApplicationScoped
public class CtiLinkReadiness implements HealthCheck {

    static final String NAME = "cti-link";

    private Supplier<LinkStatus> linkStatus;
    private Supplier<Optional<String>> holder;

    /** For the container's proxy. */
    protected CtiLinkReadiness() {
    }

    @Inject
    public CtiLinkReadiness(CtiLink control, LinkHolding election) {
        this(control::linkStatus, election::holderUrl);
    }

    CtiLinkReadiness(Supplier<LinkStatus> linkStatus) {
        this(linkStatus, Optional::empty);
    }

    /** @param holder the URL of the server of the cluster that holds the link, if any (empty outside a cluster) */
    CtiLinkReadiness(Supplier<LinkStatus> linkStatus, Supplier<Optional<String>> holder) {
        this.linkStatus = linkStatus;
        this.holder = holder;
    }

    @Override
    public HealthCheckResponse call() {
        LinkStatus link = linkStatus.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("connected", link.connected());
        data.put("resynchronising", link.resynchronising());
        data.put("peripheralOnline", link.peripheralOnline());
        data.put("reconnects", link.reconnects());
        if (link.side() != null) {
            data.put("side", link.side());
        }
        if (link.connectedSince() != null) {
            data.put("since", link.connectedSince().toString());
        }
        boolean ready = link.connected() && !link.resynchronising();
        if (link.standby()) {
            boolean held = holder.get().isPresent();
            data.put("standby", true);
            data.put("heldElsewhere", held);
            ready = held;
        }
        // The constructor, not the builder: the builder needs the runtime's provider, which unit tests lack.
        return new HealthCheckResponse(NAME, ready ? Status.UP : Status.DOWN, Optional.of(data));
    }
}
