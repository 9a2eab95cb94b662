package org.ctios.server.domain.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctios.server.domain.agent.AgentState;

/**
 * How long an agent spent in each kind of state over a period, from its timeline: logged in (any state but logout),
 * ready (available), not ready (in total and by reason code), talking (talking or on hold), wrap-up (work ready or
 * work not ready), and the rest (reserved, busy with other work). A line lasts until the next one, or until the end
 * of the period (or now, if earlier).
 */
public record TimeInState(Instant from, Instant to, Duration loggedIn, Duration ready, Duration notReady,
                          Map<Integer, Duration> notReadyByReason, Duration talking, Duration wrapUp,
                          Duration other) {

    public TimeInState {
        notReadyByReason = Map.copyOf(notReadyByReason);
    }

    /**
     * Sums the period [from, to) of one agent's timeline.
     *
     * @param inEffect the line in effect at {@code from}, if any (null: logged out until the first line)
     * @param entries  the lines entered in [from, to), oldest first
     * @param now      the present: a period that reaches beyond it is summed up to now
     */
    public static TimeInState of(Instant from, Instant to, AgentStateEntry inEffect, List<AgentStateEntry> entries,
                                 Instant now) {
        Instant end = now.isBefore(to) ? (now.isBefore(from) ? from : now) : to;
        List<AgentStateEntry> lines = new ArrayList<>();
        if (inEffect != null) {
            lines.add(inEffect);
        }
        lines.addAll(entries);
        Sums sums = new Sums();
        for (int i = 0; i < lines.size(); i++) {
            AgentStateEntry line = lines.get(i);
            Instant start = line.enteredAt().isBefore(from) ? from : line.enteredAt();
            Instant stop = i + 1 < lines.size() ? lines.get(i + 1).enteredAt() : end;
            if (stop.isAfter(end)) {
                stop = end;
            }
            if (stop.isAfter(start)) {
                sums.add(line.state(), line.reasonCode(), Duration.between(start, stop));
            }
        }
        return new TimeInState(from, to, sums.loggedIn, sums.ready, sums.notReady, sums.notReadyByReason,
                sums.talking, sums.wrapUp, sums.other);
    }

    private static final class Sums {
        private Duration loggedIn = Duration.ZERO;
        private Duration ready = Duration.ZERO;
        private Duration notReady = Duration.ZERO;
        private final Map<Integer, Duration> notReadyByReason = new TreeMap<>();
        private Duration talking = Duration.ZERO;
        private Duration wrapUp = Duration.ZERO;
        private Duration other = Duration.ZERO;

        void add(AgentState state, int reasonCode, Duration spent) {
            if (state == AgentState.LOGOUT) {
                return;
            }
            loggedIn = loggedIn.plus(spent);
            switch (state) {
                case AVAILABLE -> ready = ready.plus(spent);
                case NOT_READY -> {
                    notReady = notReady.plus(spent);
                    notReadyByReason.merge(reasonCode, spent, Duration::plus);
                }
                case TALKING, HOLD -> talking = talking.plus(spent);
                case WORK_READY, WORK_NOT_READY -> wrapUp = wrapUp.plus(spent);
                default -> other = other.plus(spent);
            }
        }
    }
}
