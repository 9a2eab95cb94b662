package org.ctios.web.api.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a supervisor does to an agent's call: join it (BARGE_IN), take it over (INTERCEPT), listen unheard
 * (MONITOR), speak to the agent alone (WHISPER, where the switch offers it: the simulator does not) or end its
 * monitor or barge-in (CLEAR). A class, not a record,
 * for the reason given on {@link org.ctios.web.api.agents.AgentStateChange}.
 */
@Schema(description = "A supervisor's action on a call",
        example = "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}")
public class SupervisionRequest {

    @Schema(required = true, enumeration = {"BARGE_IN", "INTERCEPT", "MONITOR", "WHISPER", "CLEAR"})
    @NotNull(message = "is required")
    @Pattern(regexp = "BARGE_IN|INTERCEPT|MONITOR|WHISPER|CLEAR",
            message = "must be BARGE_IN, INTERCEPT, MONITOR, WHISPER or CLEAR")
    private String action;

    @Schema(required = true, description = "The supervisor's agent id; it acts from its own instrument")
    @NotBlank(message = "is required")
    private String supervisorId;

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(String supervisorId) {
        this.supervisorId = supervisorId;
    }
}
