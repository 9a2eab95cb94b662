package org.ctios.web.api.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A call to dial: the agent dials {@code destination} from its phone, with call variables and ECC variables for
 * the new call. Lengths as GED-188 carries them.
 */
public record MakeCallRequest(
        @NotBlank(message = "is required") @Size(max = 64) String agentId,
        @NotBlank(message = "is required") @Size(max = 39) String destination,
        @CallVariableNames Map<String, String> callVariables,
        @EccVariables Map<String, String> ecc) {
}
