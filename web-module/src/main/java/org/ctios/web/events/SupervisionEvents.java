package org.ctios.web.events;

import jakarta.json.bind.Jsonb;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.SilentMonitorNotice;
import org.ctios.web.representation.HelpAlertRepresentation;

/**
 * The supervision's notices as stream events, for what the switch reports no call event for:
 * <ul>
 * <li>{@code SilentMonitor} events, a monitor's start and end ({@link SilentMonitorNotice}). The monitored agent must
 * never learn of it, so the event concerns the supervisor and the agent's team only: team-mode streams and the
 * supervisor's own stream receive it, the agent's does not.</li>
 * <li>{@code HelpRequested} events, an agent's call for help ({@link HelpAlertNotice}). Raised: to its team's streams
 * (the supervisors' alert, with the call) and to the agent's own (help is coming). Taken by a supervisor: to the team
 * and that supervisor only, since taking it may be a silent monitor.</li>
 * </ul>
 * Committed notices like every other change, so every server of a cluster streams them, not only the link's holder.
 */
final class SupervisionEvents {

    static final String SILENT_MONITOR = "SilentMonitor";
    static final String HELP_REQUESTED = "HelpRequested";

    private SupervisionEvents() {
    }

    static NoticeTranslator.Translated monitorEvent(SilentMonitorNotice notice, Jsonb json) {
        SilentMonitorView monitor = notice.monitor();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", String.valueOf(monitor.callId()));
        data.put("agentId", monitor.agentId());
        data.put("supervisorId", monitor.supervisorId());
        data.put("action", monitor.action().name());
        data.put("since", monitor.since().toString());
        data.put("ended", notice.ended());
        return event(SILENT_MONITOR, data, Set.of(monitor.supervisorId()), monitor.teamId(), json);
    }

    /** @param call the alert's call as it is now, or null when it has none or it ended */
    static NoticeTranslator.Translated helpEvent(HelpAlertNotice notice, CallView call, Jsonb json) {
        HelpAlertRepresentation alert = HelpAlertRepresentation.of(notice.alert(), call);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agentId", alert.agentId());
        data.put("callId", alert.callId());
        data.put("open", notice.raised());
        data.put("takenBy", notice.takenBy());
        data.put("alert", alert);
        return event(HELP_REQUESTED, data, Set.of(notice.raised() ? alert.agentId() : notice.takenBy()),
                notice.alert().teamId(), json);
    }

    private static NoticeTranslator.Translated event(String name, Map<String, Object> data, Set<String> agents,
                                                     Integer team, Jsonb json) {
        return new NoticeTranslator.Translated(name, json.toJson(data),
                new EventRouting(name, agents, team == null ? Set.of() : Set.of(String.valueOf(team)), Set.of()));
    }
}
