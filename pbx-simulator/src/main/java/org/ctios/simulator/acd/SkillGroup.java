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

    /** The call that has waited longest, or {@code null}. */
    Call longestWaiting() {
        return queue.peekFirst();
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
