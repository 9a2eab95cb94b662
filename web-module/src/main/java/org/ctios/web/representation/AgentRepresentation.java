package org.ctios.web.representation;

import java.time.Instant;
import java.util.List;
import org.ctios.server.api.view.AgentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent as the REST API shows it.
 *
 * @param id             the agent's ACD login id
 * @param extension      the extension it is logged in on (or configured with), or null
 * @param state          the protocol's AgentState name, such as AVAILABLE or NOT_READY
 * @param reasonCode     the not-ready or logout reason code, 0 when none
 * @param stateSince     when the agent entered this state (ISO-8601)
 * @param loggedInSince  when the agent logged in, null while logged out
 * @param team           the agent's team id, null when none
 * @param skillGroups    the numbers of its skill groups
 * @param calls          the ids of the calls in progress at its devices
 * @param enabledActions the buttons its desktop may offer now (CTI OS enablement)
 */
@Schema(description = "An agent with its state, calls and the actions its desktop may offer", example = "{\"id\": "
        + "\"1001\", \"extension\": \"2001\", \"state\": \"NOT_READY\", \"reasonCode\": 12, \"stateSince\": "
        + "\"2026-11-28T12:00:00Z\", \"loggedInSince\": \"2026-11-28T08:00:00Z\", \"team\": \"1\", "
        + "\"supervisor\": false, \"skillGroups\": [\"1\", \"2\"], \"calls\": [], \"enabledActions\": "
        + "[\"LOGOUT\", \"LOGOUT_WITH_REASON\", \"MAKE_CALL\", \"NOT_READY_WITH_REASON\", \"READY\"]}")
public record AgentRepresentation(String id, String extension, String state, int reasonCode, Instant stateSince,
                                  Instant loggedInSince, String team, boolean supervisor, List<String> skillGroups,
                                  List<String> calls, List<String> enabledActions) {

    public static AgentRepresentation of(AgentView agent) {
        return new AgentRepresentation(agent.id(), agent.extension(), agent.state().name(), agent.reasonCode(),
                agent.stateSince(), agent.loggedInSince(), agent.teamId() == null ? null
                : String.valueOf(agent.teamId()), agent.supervisor(),
                agent.skillGroups().stream().map(String::valueOf).toList(),
                agent.callIds().stream().map(String::valueOf).toList(),
                agent.enabledActions().stream().map(Enum::name).sorted().toList());
    }
}
