package org.ctios.server.domain.enablement;

import static org.ctios.server.domain.enablement.AgentAction.LOGIN;
import static org.ctios.server.domain.enablement.AgentAction.LOGOUT;
import static org.ctios.server.domain.enablement.AgentAction.LOGOUT_WITH_REASON;
import static org.ctios.server.domain.enablement.AgentAction.MAKE_CALL;
import static org.ctios.server.domain.enablement.AgentAction.NOT_READY;
import static org.ctios.server.domain.enablement.AgentAction.NOT_READY_WITH_REASON;
import static org.ctios.server.domain.enablement.AgentAction.READY;
import static org.ctios.server.domain.enablement.AgentAction.WRAP_UP;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.ctios.server.domain.agent.AgentState;

/** The buttons an agent state enables, one row per state: without calls, with calls, and whether calls count. */
final class AgentStateButtons {

    /**
     * The buttons of one agent state.
     *
     * @param withoutCalls enabled when the agent has no live call leg
     * @param withCalls enabled when the agent has at least one live call leg
     * @param callsCount whether the agent's call legs enable call buttons at all in this state
     */
    record Row(Set<AgentAction> withoutCalls, Set<AgentAction> withCalls, boolean callsCount) {
    }

    /** On a call: a pending Not Ready for after the call (as Finesse allows) and wrap-up data; no way out. */
    private static final Set<AgentAction> ON_A_CALL = Buttons.of(NOT_READY, NOT_READY_WITH_REASON, WRAP_UP);

    /** A state the desktop cannot act on: offer a safe way out rather than nothing. */
    private static final Set<AgentAction> WAY_OUT = Buttons.of(LOGOUT, LOGOUT_WITH_REASON);

    private static final Map<AgentState, Row> ROWS = new EnumMap<>(AgentState.class);

    static {
        for (AgentState state : AgentState.values()) {
            ROWS.put(state, rowOf(state));
        }
    }

    private AgentStateButtons() {
    }

    static Row rowFor(AgentState state) {
        return ROWS.get(state);
    }

    // A switch expression, so that a new AgentState does not compile until it has a row.
    private static Row rowOf(AgentState state) {
        return switch (state) {
            // A logged-out agent can only log in; leftover call legs are stale, so they are ignored.
            case LOGOUT -> new Row(Buttons.of(LOGIN), Buttons.of(LOGIN), false);
            // Change the reason too. Logging out, like dialling out, is done from Not Ready, as in Finesse.
            case NOT_READY -> new Row(Buttons.of(READY, NOT_READY_WITH_REASON, LOGOUT, LOGOUT_WITH_REASON, MAKE_CALL),
                    ON_A_CALL, true);
            case AVAILABLE -> new Row(Buttons.of(NOT_READY, NOT_READY_WITH_REASON), ON_A_CALL, true);
            case WORK_READY, WORK_NOT_READY -> new Row(Buttons.of(READY, NOT_READY, NOT_READY_WITH_REASON, WRAP_UP),
                    ON_A_CALL, true);
            // A call is about to be offered: the state enables nothing, the ringing leg enables Answer.
            case RESERVED -> new Row(Buttons.of(), Buttons.of(), true);
            case LOGIN, TALKING, HOLD, BUSY_OTHER, ACTIVE, PAUSED, INTERRUPTED, NOT_ACTIVE, UNKNOWN ->
                    new Row(WAY_OUT, ON_A_CALL, true);
        };
    }
}
