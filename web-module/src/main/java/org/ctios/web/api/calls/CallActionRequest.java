package org.ctios.web.api.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ctios.server.api.CallDataInput;

/**
 * An action of an agent on a call, at the agent's device; {@code destination} for CONSULT, SINGLE_STEP_TRANSFER and
 * DEFLECT, {@code party} (the device of the party to drop) for DROP_PARTY, {@code digits} for SEND_DTMF. A class,
 * not a record: see {@link MakeCallRequest}.
 */
public class CallActionRequest {

    static final String ACTIONS = "ANSWER|RELEASE|HOLD|RETRIEVE|CONSULT|TRANSFER|CONFERENCE|SINGLE_STEP_TRANSFER"
            + "|ALTERNATE|RECONNECT|DEFLECT|CLEAR_CALL|DROP_PARTY|SEND_DTMF|START_RECORDING|STOP_RECORDING|BAD_CALL";

    @NotNull(message = "is required")
    @Pattern(regexp = ACTIONS, message = "must be one of " + ACTIONS)
    private String action;

    @NotBlank(message = "is required")
    @Size(max = 64)
    private String agentId;

    @Size(max = 39)
    private String destination;

    @Size(max = 64)
    private String party;

    @Pattern(regexp = CallDataInput.DTMF_PATTERN, message = "must be 1 to " + CallDataInput.MAX_DTMF_DIGITS
            + " DTMF digits: 0-9, *, #, A-D")
    private String digits;

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

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getDigits() {
        return digits;
    }

    public void setDigits(String digits) {
        this.digits = digits;
    }
}
