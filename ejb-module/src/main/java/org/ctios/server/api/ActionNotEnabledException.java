package org.ctios.server.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * The enablement rules do not allow this agent to do that now: the action is not one of the agent's enabled
 * buttons, or the agent's connection to the call is not in a state the action applies to.
 */
public class ActionNotEnabledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Set<String> enabledActions;

    /**
     * @param enabledActions the actions that are enabled instead (names of {@link CallAction} for calls)
     */
    public ActionNotEnabledException(String message, Set<String> enabledActions) {
        super(message);
        this.enabledActions = Set.copyOf(enabledActions);
    }

    /** The actions the agent may take instead, sorted by name. */
    public Set<String> enabledActions() {
        return new TreeSet<>(enabledActions);
    }
}
