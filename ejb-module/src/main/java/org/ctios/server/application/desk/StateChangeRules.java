package org.ctios.server.application.desk;

import java.util.function.Predicate;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;

/**
 * Which button a requested state needs, and which stored state shows that it was reached. The work states have no
 * button of their own: they are how an agent wraps a call up, so they need {@link AgentAction#WRAP_UP}.
 */
final class StateChangeRules {

    private StateChangeRules() {
    }

    static AgentAction requiredAction(AgentState target, int reasonCode) {
        return switch (target) {
            case LOGIN -> AgentAction.LOGIN;
            case LOGOUT -> reasonCode == 0 ? AgentAction.LOGOUT : AgentAction.LOGOUT_WITH_REASON;
            case AVAILABLE -> AgentAction.READY;
            case NOT_READY -> reasonCode == 0 ? AgentAction.NOT_READY : AgentAction.NOT_READY_WITH_REASON;
            case WORK_READY, WORK_NOT_READY -> AgentAction.WRAP_UP;
            default -> throw new IllegalArgumentException(target + " cannot be requested");
        };
    }

    /**
     * The stored states that show the request took effect. A login ends in whatever state the switch puts a new
     * agent in (usually NOT_READY), so any state but LOGOUT shows it.
     */
    static Predicate<AgentState> reached(AgentState target) {
        if (target == AgentState.LOGIN) {
            return state -> state != AgentState.LOGOUT;
        }
        return state -> state == target;
    }
}
