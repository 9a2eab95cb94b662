package org.ctios.web.api.messages;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team message to send: to one agent, a team, a team's supervisors or everyone. The text's rules (1 to 254
 * characters of Latin-1, no control characters) are the object server's ({@code MessageInput}), checked there. A
 * class, not a record, for the reason given on {@link org.ctios.web.api.agents.AgentStateChange}.
 */
@Schema(description = "A team message", example = "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"Meeting at 3\"}")
public class MessageRequest {

    static final String AUDIENCES = "AGENT|TEAM|SUPERVISORS|EVERYONE";

    @Schema(required = true, enumeration = {"AGENT", "TEAM", "SUPERVISORS", "EVERYONE"},
            description = "AGENT: agentId (a supervisor to a member of its team); TEAM: teamId (a supervisor to its "
                    + "team); SUPERVISORS: teamId (an agent to its own team's supervisors); EVERYONE (admin)")
    @NotNull(message = "is required")
    @Pattern(regexp = AUDIENCES, message = "must be one of " + AUDIENCES)
    private String to;

    @Size(max = 64)
    private String agentId;

    private Integer teamId;

    @Schema(required = true, maxLength = 254, description = "1 to 254 ISO-8859-1 characters, no control characters")
    @NotNull(message = "is required")
    private String text;

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public Integer getTeamId() {
        return teamId;
    }

    public void setTeamId(Integer teamId) {
        this.teamId = teamId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
