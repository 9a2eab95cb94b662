package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.HelpDesk;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.HelpRequestEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link HelpDesk} over the CTI gateway, with the alerts in {@link HelpAlerts}. Asking sends the request and answers
 * the alert it asks for; the alert opens when the CTI Server's event about it is applied ({@link HelpRequestEvents}),
 * as help another client asked for does.
 */
@ApplicationScoped
public class HelpDeskService implements HelpDesk {

    private static final long NO_CALL = 0xFFFF_FFFFL;

    private AgentQueries agents;
    private CallQueries calls;
    private CtiGateway control;
    private HelpAlerts alerts;
    private Duration alertLifetime;

    /** For the container's proxy. */
    protected HelpDeskService() {
    }

    @Inject
    public HelpDeskService(AgentQueries agents, CallQueries calls, CtiGateway control, HelpAlerts alerts,
                           @ConfigProperty(name = HelpRequestEvents.ALERT_PROPERTY, defaultValue = "PT5M")
                           Duration alert) {
        this.agents = agents;
        this.calls = calls;
        this.control = control;
        this.alerts = alerts;
        this.alertLifetime = HelpRequestEvents.lifetime(alert);
    }

    @Override
    public HelpAlertView askForHelp(String agentId, boolean emergency) {
        AgentView agent = agents.byId(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
        if (agent.state() == AgentState.LOGOUT) {
            throw new ActionNotEnabledException("agent " + agentId + " is not logged in: it cannot ask for help",
                    Set.of());
        }
        String instrument = agent.instrument() != null ? agent.instrument() : agent.extension();
        long callId = control.askForHelp(instrument, emergency);
        Instant now = alerts.now();
        return new HelpAlertView(agentId, agent.teamId(), callId == NO_CALL ? null : callId, emergency, now,
                now.plus(alertLifetime));
    }

    @Override
    public List<HelpAlertView> openAlerts() {
        return alerts.open(callId -> calls.byId(callId).isPresent());
    }
}
