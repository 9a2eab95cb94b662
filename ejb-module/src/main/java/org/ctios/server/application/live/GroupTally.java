package org.ctios.server.application.live;

import java.util.Arrays;
import org.ctios.server.domain.agent.AgentState;
import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

/**
 * What a skill group's live figures are counted from, kept up to date as agents and calls change: its members by
 * state, the calls waiting in its queue, and its ended calls of the day. Immutable.
 */
final class GroupTally {

    static final GroupTally EMPTY = new GroupTally(new int[AgentState.values().length], HashTreePSet.empty(), null);

    private final int[] membersByState;
    private final PSet<Long> queuedCalls;
    private final DayTally day;

    private GroupTally(int[] membersByState, PSet<Long> queuedCalls, DayTally day) {
        this.membersByState = membersByState;
        this.queuedCalls = queuedCalls;
        this.day = day;
    }

    GroupTally withMember(AgentState state, int change) {
        int[] counts = Arrays.copyOf(membersByState, membersByState.length);
        counts[state.ordinal()] += change;
        return new GroupTally(counts, queuedCalls, day);
    }

    GroupTally withQueued(long callId, boolean queued) {
        return new GroupTally(membersByState, queued ? queuedCalls.plus(callId) : queuedCalls.minus(callId), day);
    }

    GroupTally withDay(DayTally tally) {
        return new GroupTally(membersByState, queuedCalls, tally);
    }

    int members() {
        return Arrays.stream(membersByState).sum();
    }

    int inState(AgentState state) {
        return membersByState[state.ordinal()];
    }

    PSet<Long> queuedCalls() {
        return queuedCalls;
    }

    /** The day's tally, null before any call of the group ended since the model was read. */
    DayTally day() {
        return day;
    }
}
