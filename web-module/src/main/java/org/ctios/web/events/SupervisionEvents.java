package org.ctios.web.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.web.representation.HelpAlertRepresentation;

/**
 * Streams what supervision the switch reports no call event for, from the requests' confirmations:
 * <ul>
 * <li>{@code SilentMonitor} events, a monitor's start and end. The monitored agent must never learn of it, so the
 * event concerns the supervisor and the agent's team only: team-mode streams and the supervisor's own stream
 * receive it, the agent's does not.</li>
 * <li>{@code HelpRequested} events, an agent's call for help. Raised: to its team's streams (the supervisors' alert,
 * with the call) and to the agent's own (help is coming). Taken by a supervisor: to the team and that supervisor
 * only, since taking it may be a silent monitor.</li>
 * </ul>
 * Published by the server that sent the request (the link holder), to its own streams: no notice carries them.
 */
@ApplicationScoped
public class SupervisionEvents {

    static final String SILENT_MONITOR = "SilentMonitor";
    static final String HELP_REQUESTED = "HelpRequested";

    @Inject
    private EventStreams streams;

    private final Jsonb json = JsonbBuilder.create();

    public void monitorStarted(SilentMonitorView monitor) {
        streams.publish(monitorEvent(monitor, false));
    }

    public void monitorEnded(SilentMonitorView monitor) {
        streams.publish(monitorEvent(monitor, true));
    }

    public void helpRaised(HelpAlertRepresentation alert) {
        streams.publish(helpEvent(alert, null, Set.of(alert.agentId())));
    }

    public void helpTaken(HelpAlertRepresentation alert, String supervisorId) {
        streams.publish(helpEvent(alert, supervisorId, Set.of(supervisorId)));
    }

    NoticeTranslator.Translated monitorEvent(SilentMonitorView monitor, boolean ended) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", String.valueOf(monitor.callId()));
        data.put("agentId", monitor.agentId());
        data.put("supervisorId", monitor.supervisorId());
        data.put("action", monitor.action().name());
        data.put("since", monitor.since().toString());
        data.put("ended", ended);
        return event(SILENT_MONITOR, data, Set.of(monitor.supervisorId()),
                monitor.teamId() == null ? null : String.valueOf(monitor.teamId()));
    }

    NoticeTranslator.Translated helpEvent(HelpAlertRepresentation alert, String takenBy, Set<String> agents) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agentId", alert.agentId());
        data.put("callId", alert.callId());
        data.put("open", takenBy == null);
        data.put("takenBy", takenBy);
        data.put("alert", alert);
        return event(HELP_REQUESTED, data, agents, alert.teamId());
    }

    private NoticeTranslator.Translated event(String name, Map<String, Object> data, Set<String> agents, String team) {
        return new NoticeTranslator.Translated(name, json.toJson(data),
                new EventRouting(name, agents, team == null ? Set.of() : Set.of(team), Set.of()));
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }
}
