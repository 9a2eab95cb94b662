package org.ctios.web.api.agents;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A requested agent state: {@code state} one of LOGIN, LOGOUT, AVAILABLE, NOT_READY, WORK_READY, WORK_NOT_READY;
 * {@code reasonCode} for NOT_READY and LOGOUT; {@code instrument} and {@code password} to log in (the instrument
 * defaults to the one the agent was last seen on).
 *
 * <p>A class with constrained fields, not a record: a record's constraints are copied onto its constructor's
 * parameters, which Payara's OpenAPI scanner takes for path parameters and fails on.
 */
@Schema(description = "A requested agent state", example = "{\"state\": \"NOT_READY\", \"reasonCode\": 12}")
public class AgentStateChange {

    @Schema(required = true, enumeration = {"LOGIN", "LOGOUT", "AVAILABLE", "NOT_READY", "WORK_READY",
            "WORK_NOT_READY"})
    @NotNull(message = "is required")
    @Pattern(regexp = "LOGIN|LOGOUT|AVAILABLE|NOT_READY|WORK_READY|WORK_NOT_READY",
            message = "must be one of LOGIN, LOGOUT, AVAILABLE, NOT_READY, WORK_READY, WORK_NOT_READY")
    private String state;

    @Schema(description = "Not-ready or logout reason code, 0 or absent for none", minimum = "0", maximum = "65535")
    @PositiveOrZero
    @Max(65535)
    private Integer reasonCode;

    @Schema(description = "Instrument to act on; defaults to the agent's last known one")
    @Size(min = 1, max = 64)
    private String instrument;

    @Schema(description = "The agent's password, for LOGIN")
    @Size(max = 64)
    private String password;

    public AgentStateChange() {
    }

    public AgentStateChange(String state, Integer reasonCode, String instrument, String password) {
        this.state = state;
        this.reasonCode = reasonCode;
        this.instrument = instrument;
        this.password = password;
    }

    /** Bean Validation reports this as the field {@code password}'s error. */
    @AssertTrue(message = "is required for LOGIN")
    @Schema(hidden = true)
    public boolean isPassword() {
        return !"LOGIN".equals(state) || (password != null && !password.isEmpty());
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Integer getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(Integer reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
