package org.ctios.server.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.events.HelpAlertNotice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies SUPERVISOR_ASSIST_EVENT and EMERGENCY_CALL_EVENT in the delivery's transaction: the agent who asked (named
 * by the event, else found at its instrument or extension) gets an open alert, announced once the delivery commits.
 * Help this server asked for and help another CTI client asked for (a Finesse desktop, a hardware phone) so arrive
 * the same way. The same request heard again while its alert is open opens no second one. No database access.
 */
@ApplicationScoped
public class HelpRequestEvents {

    /** How long an alert nobody took stays open while its call goes on. */
    public static final String ALERT_PROPERTY = "ctios.help.alert";
    private static final Logger LOG = Logger.getLogger(HelpRequestEvents.class.getName());

    private HelpAlerts alerts;
    private LiveModel live;
    private Duration alertLifetime;

    /** For the container's proxy. */
    protected HelpRequestEvents() {
    }

    @Inject
    public HelpRequestEvents(HelpAlerts alerts, LiveModel live,
                             @ConfigProperty(name = ALERT_PROPERTY, defaultValue = "PT5M") Duration alert) {
        this.alerts = alerts;
        this.live = live;
        this.alertLifetime = lifetime(alert);
    }

    /** The configured duration as an alert's lifetime: at least one second. */
    public static Duration lifetime(Duration alert) {
        return alert.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : alert;
    }

    public void apply(HelpRequested event, LiveChange change) {
        LiveState state = live.current();
        Optional<AgentView> agent = agentOf(event, state, change);
        if (agent.isEmpty()) {
            LOG.fine(() -> "a call for help from " + event.clientId() + " names no agent known here (agent "
                    + event.agentId() + ", instrument " + event.agentInstrument() + "): no alert");
            return;
        }
        String agentId = agent.get().id();
        if (alerts.isOpen(agentId, event.callId(), event.emergency())
                || announcedIn(change, agentId, event.callId(), event.emergency())) {
            return;
        }
        Instant raisedAt = event.origin().receivedAt();
        change.announce(new HelpAlertNotice(new HelpAlertView(agentId, agent.get().teamId(), event.callId(),
                event.emergency(), raisedAt, raisedAt.plus(alertLifetime)), null));
    }

    private static Optional<AgentView> agentOf(HelpRequested event, LiveState state, LiveChange change) {
        if (event.agentId() != null && !event.agentId().isBlank()) {
            Optional<AgentView> named = state.agent(event.agentId());
            if (named.isPresent()) {
                return named;
            }
        }
        for (String device : new String[] {event.agentInstrument(), event.agentExtension()}) {
            if (device != null && !device.isBlank()) {
                Optional<AgentView> there = change.agentAt(device, state).flatMap(state::agent);
                if (there.isPresent()) {
                    return there;
                }
            }
        }
        return Optional.empty();
    }

    /** The same alert raised earlier in this delivery, not committed yet. */
    private static boolean announcedIn(LiveChange change, String agentId, Long callId, boolean emergency) {
        return change.notices().stream().anyMatch(notice -> notice instanceof HelpAlertNotice raised
                && raised.raised() && raised.alert().agentId().equals(agentId)
                && Objects.equals(raised.alert().callId(), callId) && raised.alert().emergency() == emergency);
    }
}
