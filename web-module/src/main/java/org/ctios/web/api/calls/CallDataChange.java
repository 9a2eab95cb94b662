package org.ctios.web.api.calls;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * New call data: call variables (those given replace the call's; an empty string clears one), ECC variables, and
 * wrap-up data when present. A class, not a record: see {@link MakeCallRequest}.
 */
public class CallDataChange {

    @CallVariableNames
    private Map<String, String> callVariables;

    @EccVariables
    private Map<String, String> ecc;

    @Size(max = 39)
    private String wrapupData;

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

    public String getWrapupData() {
        return wrapupData;
    }

    public void setWrapupData(String wrapupData) {
        this.wrapupData = wrapupData;
    }
}
