package org.ctios.web.api.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An action of an agent on a call, at the agent's device; {@code destination} for CONSULT and
 * SINGLE_STEP_TRANSFER. A class, not a record: see {@link MakeCallRequest}.
 */
public class CallActionRequest {

    static final String ACTIONS = "ANSWER|RELEASE|HOLD|RETRIEVE|CONSULT|TRANSFER|CONFERENCE|SINGLE_STEP_TRANSFER"
            + "|ALTERNATE|RECONNECT";

    @NotNull(message = "is required")
    @Pattern(regexp = ACTIONS, message = "must be one of " + ACTIONS)
    private String action;

    @NotBlank(message = "is required")
    @Size(max = 64)
    private String agentId;

    @Size(max = 39)
    private String destination;

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
