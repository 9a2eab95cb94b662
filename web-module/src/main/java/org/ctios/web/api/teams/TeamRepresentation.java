package org.ctios.web.api.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.api.TeamView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.web.reasons.ReasonLabels;
import org.ctios.web.representation.AgentRepresentation;
import org.ctios.web.representation.HelpAlertRepresentation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team as a supervisor sees it.
 *
 * @param supervisors the supervisors' agent ids
 * @param members     every member with its state, its calls and its enabled actions
 * @param stateCounts members per state, such as {@code {"AVAILABLE": 3, "NOT_READY": 1}}
 * @param silentMonitors the members' calls a supervisor listens to (or whispers on) now: shown to those who see the
 *                    team (its supervisors, crm, admin), which the monitored agent does not
 * @param helpAlerts  the members' open calls for help (assist, emergency), oldest first
 */
@Schema(description = "A team with its supervisors, its members' states and calls, and per-state counts")
public record TeamRepresentation(String id, String name, List<String> supervisors, List<AgentRepresentation> members,
                                 Map<String, Integer> stateCounts, List<SilentMonitorRepresentation> silentMonitors,
                                 List<HelpAlertRepresentation> helpAlerts) {

    /** A supervisor listening to a member's call, since the CTI Server confirmed it. */
    public record SilentMonitorRepresentation(String callId, String agentId, String supervisorId, String action,
                                              String since) {
    }

    static TeamRepresentation of(TeamView team, ReasonLabels labels, List<SilentMonitorView> monitors,
                                 List<HelpAlertRepresentation> alerts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        team.stateCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> counts.put(entry.getKey().name(), entry.getValue()));
        return new TeamRepresentation(String.valueOf(team.id()), team.name(), team.supervisorIds(),
                team.members().stream().map(member -> AgentRepresentation.of(member, labels)).toList(), counts,
                monitors.stream().filter(monitor -> Integer.valueOf(team.id()).equals(monitor.teamId()))
                        .map(monitor -> new SilentMonitorRepresentation(String.valueOf(monitor.callId()),
                                monitor.agentId(), monitor.supervisorId(), monitor.action().name(),
                                monitor.since().toString())).toList(),
                alerts.stream().filter(alert -> String.valueOf(team.id()).equals(alert.teamId())).toList());
    }
}
