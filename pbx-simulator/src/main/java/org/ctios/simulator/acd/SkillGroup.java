package org.ctios.simulator.acd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ctios.simulator.scenario.SkillGroupProfile;

/** A skill group: its queue of waiting calls and today's counters. Mutable, confined to the engine's thread. */
final class SkillGroup {

    private final SkillGroupProfile profile;
    private final Deque<Call> queue = new ArrayDeque<>();
    private long callsOffered;
    private long callsHandled;
    private long callsAbandoned;
    private Duration handleTime = Duration.ZERO;

    SkillGroup(SkillGroupProfile profile) {
        this.profile = profile;
    }

    int number() {
        return profile.number();
    }

    long id() {
        return profile.id();
    }

    SkillGroupProfile profile() {
        return profile;
    }

    Deque<Call> queue() {
        return queue;
    }

    /**
     * The call that has waited longest among those the agent may be offered (calls targeted at other agents wait
     * for them), or {@code null}.
     */
    Call longestWaitingFor(Agent agent) {
        for (Call call : queue) {
            if (call.mayBeOfferedTo(agent)) {
                return call;
            }
        }
        return null;
    }

    /** How many waiting calls are targeted at the agent. */
    long queuedFor(Agent agent) {
        return queue.stream().filter(call -> call.targetAgent() == agent).count();
    }

    void offered() {
        callsOffered++;
    }

    void handled(Duration callHandleTime) {
        callsHandled++;
        handleTime = handleTime.plus(callHandleTime);
    }

    void abandoned() {
        callsAbandoned++;
    }

    long callsOffered() {
        return callsOffered;
    }

    long callsHandled() {
        return callsHandled;
    }

    long callsAbandoned() {
        return callsAbandoned;
    }

    Duration handleTime() {
        return handleTime;
    }

    Duration longestWait(Instant now) {
        Call first = queue.peekFirst();
        return first == null ? Duration.ZERO : Duration.between(first.queuedAt(), now);
    }
}
