package org.ctios.web.api.wrapup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent's wrap-up of an ended call: the reason's code from its catalogue, and wrap-up data when given. A class,
 * not a record: see {@code calls.MakeCallRequest}.
 */
@Schema(description = "The wrap-up of an ended call, for the agent that handled it")
public class WrapUpRequest {

    @NotBlank(message = "is required")
    @Size(max = 64)
    @Schema(description = "The agent that handled the call, whose wrap-up this is")
    private String agentId;

    @NotBlank(message = "is required")
    @Size(max = 32)
    @Schema(description = "A code of the agent's wrap-up reasons (GET /wrapup-reasons?agentId=)")
    private String wrapupReason;

    @Size(max = 39)
    @Schema(description = "Replaces the call's wrap-up data; an empty string clears it, absent keeps it")
    private String wrapupData;

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getWrapupReason() {
        return wrapupReason;
    }

    public void setWrapupReason(String wrapupReason) {
        this.wrapupReason = wrapupReason;
    }

    public String getWrapupData() {
        return wrapupData;
    }

    public void setWrapupData(String wrapupData) {
        this.wrapupData = wrapupData;
    }
}
