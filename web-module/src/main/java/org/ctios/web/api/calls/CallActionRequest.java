package org.ctios.web.api.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An action of an agent on a call, at the agent's device; {@code destination} for CONSULT and
 * SINGLE_STEP_TRANSFER.
 */
public record CallActionRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = CallActionRequest.ACTIONS, message = "must be one of " + CallActionRequest.ACTIONS)
        String action,
        @NotBlank(message = "is required") @Size(max = 64) String agentId,
        @Size(max = 39) String destination) {

    static final String ACTIONS = "ANSWER|RELEASE|HOLD|RETRIEVE|CONSULT|TRANSFER|CONFERENCE|SINGLE_STEP_TRANSFER"
            + "|ALTERNATE|RECONNECT";
}
