package org.ctios.server.api;

import jakarta.ejb.ApplicationException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctios.server.api.view.AgentAction;

/**
 * The enablement rules do not allow this agent to do that now (nothing was sent to the CTI Server): the action is
 * not one of the agent's enabled buttons, or the agent's connection to the call is not in a state the action applies
 * to. Carries what is enabled instead, so a caller can offer that.
 */
@ApplicationException(rollback = true)
public class ActionNotEnabledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requestedAction;
    private final Set<String> enabledActions;

    /**
     * @param enabledActions the actions that are enabled instead (names of {@link CallAction} for calls)
     */
    public ActionNotEnabledException(String message, Set<String> enabledActions) {
        this(message, null, enabledActions);
    }

    /** An agent state change the agent's buttons do not allow now. */
    public ActionNotEnabledException(String agentId, AgentAction requested, Set<AgentAction> enabledActions) {
        this(requested + " is not enabled for agent " + agentId + " now; enabled: " + enabledActions,
                requested.name(), enabledActions.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private ActionNotEnabledException(String message, String requestedAction, Set<String> enabledActions) {
        super(message);
        this.requestedAction = requestedAction;
        this.enabledActions = Set.copyOf(enabledActions);
    }

    /** The button the request needed, or null where the request does not map to one button. */
    public String requestedAction() {
        return requestedAction;
    }

    /** The actions the agent may take instead, sorted by name. */
    public Set<String> enabledActions() {
        return new TreeSet<>(enabledActions);
    }
}
