package org.ctios.web.api.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A call to dial: the agent dials {@code destination} from its phone, with call variables and ECC variables for
 * the new call. Lengths as GED-188 carries them. A class, not a record: Payara's OpenAPI scanner fails on
 * constraints of record components (NullPointerException in ApplicationProcessor.addSchemaParameter).
 */
public class MakeCallRequest {

    @NotBlank(message = "is required")
    @Size(max = 64)
    private String agentId;

    @NotBlank(message = "is required")
    @Size(max = 39)
    private String destination;

    @CallVariableNames
    private Map<String, String> callVariables;

    @EccVariables
    private Map<String, String> ecc;

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

    public Map<String, String> getCallVariables() {
        return callVariables;
    }

    public void setCallVariables(Map<String, String> callVariables) {
        this.callVariables = callVariables;
    }

    public Map<String, String> getEcc() {
        return ecc;
    }

    public void setEcc(Map<String, String> ecc) {
        this.ecc = ecc;
    }
}
