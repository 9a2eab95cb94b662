package org.ctios.simulator.acd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ctios.protocol.types.AgentState;

/**
 * Adds up what one agent does, for QUERY_AGENT_STATISTICS: each state's time when the agent leaves it, each call
 * when the agent's part in it ends. Two sums, one since login (started afresh at each login) and one for the
 * current day of the switch's clock (UTC), which keeps only the part of a state or call after midnight. Mutable,
 * confined to the engine's thread like its {@link Agent}.
 */
final class AgentTally {

    private Sum sinceLogin = new Sum();
    private Sum today = new Sum();
    private LocalDate day;

    /** The agent logged in: the figures since login start again. */
    void loggedIn() {
        sinceLogin = new Sum();
    }

    /** The agent left {@code state}, which it had been in from {@code from}. */
    void stateEnded(AgentState state, Instant from, Instant to) {
        rollDay(to);
        sinceLogin.addState(state, Duration.between(from, to));
        today.addState(state, Duration.between(todayFrom(from, to), to));
    }

    /** The agent's part in a call ended. */
    void callEnded(Call call, Instant at) {
        rollDay(at);
        if (call.kind() == CallKind.ACD_IN && call.answeredAt() != null) {
            sinceLogin.handledCalls++;
            sinceLogin.handledTalk = sinceLogin.handledTalk.plus(Duration.between(call.answeredAt(), at));
            today.handledCalls++;
            today.handledTalk = today.handledTalk.plus(Duration.between(todayFrom(call.answeredAt(), at), at));
        } else if (call.kind() == CallKind.AGENT_OUT) {
            sinceLogin.outCalls++;
            sinceLogin.outTalk = sinceLogin.outTalk.plus(Duration.between(call.begunAt(), at));
            today.outCalls++;
            today.outTalk = today.outTalk.plus(Duration.between(todayFrom(call.begunAt(), at), at));
        }
    }

    /** The agent, a supervisor, barged in on a call or intercepted it. */
    void supervised(boolean intercept, Instant at) {
        rollDay(at);
        if (intercept) {
            sinceLogin.intercepts++;
            today.intercepts++;
        } else {
            sinceLogin.bargeIns++;
            today.bargeIns++;
        }
    }

    /** The figures at {@code now}, the state the agent is in counted up to now. */
    AgentStatisticsView view(AgentView agent, Instant now) {
        rollDay(now);
        Sum login = sinceLogin.copy();
        Sum day = today.copy();
        if (agent.state() != AgentState.LOGOUT) {
            login.addState(agent.state(), Duration.between(agent.stateSince(), now));
            day.addState(agent.state(), Duration.between(todayFrom(agent.stateSince(), now), now));
        }
        return new AgentStatisticsView(agent, login.figures(), day.figures());
    }

    private void rollDay(Instant at) {
        LocalDate current = at.atZone(ZoneOffset.UTC).toLocalDate();
        if (!current.equals(day)) {
            day = current;
            today = new Sum();
        }
    }

    private static Instant todayFrom(Instant from, Instant to) {
        Instant midnight = to.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return from.isBefore(midnight) ? midnight : from;
    }

    /** One period's sums. */
    private static final class Sum {
        private Duration loggedOn = Duration.ZERO;
        private Duration available = Duration.ZERO;
        private Duration notReady = Duration.ZERO;
        private Duration afterCallWork = Duration.ZERO;
        private long handledCalls;
        private Duration handledTalk = Duration.ZERO;
        private long outCalls;
        private Duration outTalk = Duration.ZERO;
        private long bargeIns;
        private long intercepts;

        void addState(AgentState state, Duration spent) {
            if (state == AgentState.LOGOUT) {
                return;
            }
            loggedOn = loggedOn.plus(spent);
            switch (state) {
                case AVAILABLE -> available = available.plus(spent);
                case NOT_READY -> notReady = notReady.plus(spent);
                case WORK_READY, WORK_NOT_READY -> afterCallWork = afterCallWork.plus(spent);
                default -> {
                    // talking, held, reserved: counted through the calls
                }
            }
        }

        Sum copy() {
            Sum copy = new Sum();
            copy.loggedOn = loggedOn;
            copy.available = available;
            copy.notReady = notReady;
            copy.afterCallWork = afterCallWork;
            copy.handledCalls = handledCalls;
            copy.handledTalk = handledTalk;
            copy.outCalls = outCalls;
            copy.outTalk = outTalk;
            copy.bargeIns = bargeIns;
            copy.intercepts = intercepts;
            return copy;
        }

        AgentFigures figures() {
            return new AgentFigures(loggedOn, available, notReady, afterCallWork, handledCalls, handledTalk,
                    outCalls, outTalk, bargeIns, intercepts);
        }
    }
}
