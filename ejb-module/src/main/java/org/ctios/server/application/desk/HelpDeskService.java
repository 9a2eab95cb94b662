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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link HelpDesk} over the CTI gateway, with the alerts in {@link HelpAlerts}. */
@ApplicationScoped
public class HelpDeskService implements HelpDesk {

    /** How long an alert nobody took stays open while its call goes on. */
    public static final String ALERT_PROPERTY = "ctios.help.alert";
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
                           @ConfigProperty(name = ALERT_PROPERTY, defaultValue = "5m") Duration alert) {
        this.agents = agents;
        this.calls = calls;
        this.control = control;
        this.alerts = alerts;
        this.alertLifetime = alert.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : alert;
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
        HelpAlertView alert = new HelpAlertView(agentId, agent.teamId(), callId == NO_CALL ? null : callId,
                emergency, now, now.plus(alertLifetime));
        alerts.open(alert);
        return alert;
    }

    @Override
    public List<HelpAlertView> openAlerts() {
        return alerts.open(callId -> calls.byId(callId).isPresent());
    }
}
