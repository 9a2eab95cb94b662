package org.ctios.server.api;

import java.util.Objects;
import java.util.Set;
import org.ctios.protocol.types.AgentState;

/**
 * A requested agent state.
 *
 * @param target     LOGIN, LOGOUT, AVAILABLE, NOT_READY, WORK_READY or WORK_NOT_READY
 * @param reasonCode the not-ready or logout reason, 0 for none
 * @param instrument the instrument to act on; null for the one the agent was last seen on
 * @param password   the agent's password, for LOGIN only
 */
public record StateRequest(AgentState target, int reasonCode, String instrument, String password) {

    /** The states an agent may be asked to go to; the others are the switch's to set (talking, held...). */
    private static final Set<AgentState> REQUESTABLE = Set.of(AgentState.LOGIN, AgentState.LOGOUT,
            AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.WORK_READY, AgentState.WORK_NOT_READY);

    public StateRequest {
        Objects.requireNonNull(target, "target state must not be null");
        if (!REQUESTABLE.contains(target)) {
            throw new IllegalArgumentException("state must be one of " + REQUESTABLE + ", was " + target);
        }
        if (reasonCode < 0 || reasonCode > 0xFFFF) {
            throw new IllegalArgumentException("reasonCode must be between 0 and 65535, was " + reasonCode);
        }
        if (target == AgentState.LOGIN && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("LOGIN needs a password");
        }
    }

    /** Any state but LOGIN, with a reason code (0 for none). */
    public static StateRequest to(AgentState target, int reasonCode) {
        return new StateRequest(target, reasonCode, null, null);
    }

    public static StateRequest login(String instrument, String password) {
        return new StateRequest(AgentState.LOGIN, 0, instrument, password);
    }
}
