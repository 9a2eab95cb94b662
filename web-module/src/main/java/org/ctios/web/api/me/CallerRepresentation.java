package org.ctios.web.api.me;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.ctios.server.api.view.Role;
import org.ctios.web.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed-in caller as a desktop needs it right after sign-in: which view to show (agent or supervisor) and
 * which agent or team it is about.
 *
 * @param roles            the role names in lower case ({@code agent}, {@code supervisor}, {@code crm},
 *                         {@code admin}), sorted
 * @param agentId          the agent the caller is, or null
 * @param supervisedTeamId the team it supervises, or null; a string like team ids elsewhere in the API
 */
@JsonbNillable   // a desktop reads "agentId": null as "not an agent", rather than guessing from a missing field
@Schema(description = "The signed-in caller: name, roles, its agent and the team it supervises",
        example = "{\"name\": \"1001\", \"roles\": [\"agent\"], \"agentId\": \"1001\", \"supervisedTeamId\": null}")
public record CallerRepresentation(String name, List<String> roles, String agentId, String supervisedTeamId) {

    public static CallerRepresentation of(Caller caller) {
        return new CallerRepresentation(caller.name(),
                caller.roles().stream().map(Role::roleName).sorted().toList(), caller.agentId(),
                caller.supervisedTeamId() == null ? null : String.valueOf(caller.supervisedTeamId()));
    }
}
