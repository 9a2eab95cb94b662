package org.ctios.web.api.help;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent's call for help. A class, not a record, for the reason given on
 * {@link org.ctios.web.api.agents.AgentStateChange}.
 */
@Schema(description = "An agent asks its team's supervisor for help (Assist) or declares an emergency",
        example = "{\"emergency\": false}")
public class HelpRequest {

    @Schema(required = true, description = "true for an emergency call, false for a supervisor assist")
    @NotNull(message = "is required")
    private Boolean emergency;

    public Boolean getEmergency() {
        return emergency;
    }

    public void setEmergency(Boolean emergency) {
        this.emergency = emergency;
    }
}
