package org.ctios.web.api.calls;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * New call data: call variables (those given replace the call's; an empty string clears one), ECC variables, and
 * wrap-up data when present.
 */
public record CallDataChange(
        @CallVariableNames Map<String, String> callVariables,
        @EccVariables Map<String, String> ecc,
        @Size(max = 39) String wrapupData) {
}
