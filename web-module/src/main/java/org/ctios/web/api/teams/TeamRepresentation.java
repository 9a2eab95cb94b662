package org.ctios.web.api.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.api.TeamView;
import org.ctios.web.reasons.ReasonLabels;
import org.ctios.web.representation.AgentRepresentation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team as a supervisor sees it.
 *
 * @param supervisors the supervisors' agent ids
 * @param members     every member with its state, its calls and its enabled actions
 * @param stateCounts members per state, such as {@code {"AVAILABLE": 3, "NOT_READY": 1}}
 */
@Schema(description = "A team with its supervisors, its members' states and calls, and per-state counts")
public record TeamRepresentation(String id, String name, List<String> supervisors, List<AgentRepresentation> members,
                                 Map<String, Integer> stateCounts) {

    static TeamRepresentation of(TeamView team, ReasonLabels labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        team.stateCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> counts.put(entry.getKey().name(), entry.getValue()));
        return new TeamRepresentation(String.valueOf(team.id()), team.name(), team.supervisorIds(),
                team.members().stream().map(member -> AgentRepresentation.of(member, labels)).toList(), counts);
    }
}
