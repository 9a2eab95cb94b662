package org.ctios.server.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ctios.server.domain.enablement.AgentAction;

/**
 * The requested change is not enabled in the agent's current situation (the button enablement tables): nothing was
 * sent to the CTI Server. Carries what is enabled now, so a caller can offer that instead.
 */
public class ActionNotEnabledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String agentId;
    private final AgentAction requested;
    private final Set<AgentAction> enabledActions;

    public ActionNotEnabledException(String agentId, AgentAction requested, Set<AgentAction> enabledActions) {
        super(requested + " is not enabled for agent " + agentId + " now; enabled: " + enabledActions);
        this.agentId = agentId;
        this.requested = requested;
        this.enabledActions = enabledActions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(enabledActions));
    }

    public String agentId() {
        return agentId;
    }

    /** The button the request needs. */
    public AgentAction requested() {
        return requested;
    }

    /** The buttons enabled when the request was checked. */
    public Set<AgentAction> enabledActions() {
        return enabledActions;
    }
}
