package org.ctios.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctios.connector.api.LinkStatus;
import org.ctios.server.application.AgentControl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while a session with the CTI Server is open and its snapshot has been read: a load balancer or an
 * orchestrator then sends CRM and agent traffic here, and takes it away while the link is down or resynchronising
 * (the stored state may be stale then). {@code /health/ready}.
 */
@Readiness
@ApplicationScoped
public class CtiLinkReadiness implements HealthCheck {

    static final String NAME = "cti-link";

    private Supplier<LinkStatus> linkStatus;

    /** For the container's proxy. */
    protected CtiLinkReadiness() {
    }

    @Inject
    public CtiLinkReadiness(AgentControl control) {
        this(control::linkStatus);
    }

    CtiLinkReadiness(Supplier<LinkStatus> linkStatus) {
        this.linkStatus = linkStatus;
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
        if (!link.connected() && link.lastError() != null) {
            data.put("lastError", link.lastError());
        }
        // The constructor, not the builder: the builder needs the runtime's provider, which unit tests lack.
        boolean ready = link.connected() && !link.resynchronising();
        return new HealthCheckResponse(NAME, ready ? Status.UP : Status.DOWN, Optional.of(data));
    }
}
