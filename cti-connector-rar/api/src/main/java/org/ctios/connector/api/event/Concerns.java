package org.ctios.connector.api.event;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What an event concerns, as the event itself answers it ({@link CtiEvent#concerns()}): the agent it is about, the
 * calls it leaves in progress and the calls that end with it, or the whole link. A call ends with an event when it
 * clears, and also when it merges into another and its id is heard of no more: a transfer's or a conference's
 * consultation call, the old id of a call whose id changes. The connector delivers the events that concern the same
 * agent or call in the order the CTI Server sent them, an event that concerns the whole link after every event
 * before it and before any after it; it asks about the calls in progress, and no longer about the ended ones, when
 * it resynchronises.
 *
 * @param linkWide        the event concerns the link as a whole (its status, the peripheral, a snapshot's bounds),
 *                        and so no agent or call in particular
 * @param agentIds        the agents the event is about; {@code ""} for an agent the event does not name (the protocol
 *                        allows it), so that such events are still ordered among themselves
 * @param callsInProgress the calls in progress after the event
 * @param callsEnded      the calls that end with the event (cleared, or merged into a call in progress)
 */
public record Concerns(boolean linkWide, List<String> agentIds, List<Long> callsInProgress, List<Long> callsEnded) {

    private static final Concerns WHOLE_LINK = new Concerns(true, List.of(), List.of(), List.of());

    public Concerns {
        agentIds = List.copyOf(agentIds);
        callsInProgress = List.copyOf(callsInProgress);
        callsEnded = List.copyOf(callsEnded);
        boolean concernsSome = !agentIds.isEmpty() || !callsInProgress.isEmpty() || !callsEnded.isEmpty();
        if (linkWide == concernsSome) {
            throw new IllegalArgumentException(linkWide ? "an event that concerns the whole link names no agent "
                    + "or call" : "an event concerns an agent, a call or the whole link");
        }
        if (callsInProgress.stream().anyMatch(callsEnded::contains)) {
            throw new IllegalArgumentException("a call cannot both go on and end with one event: in progress "
                    + callsInProgress + ", ended " + callsEnded);
        }
    }

    /** The link as a whole: no agent or call in particular. */
    public static Concerns wholeLink() {
        return WHOLE_LINK;
    }

    /** @param agentId the agent, or {@code null} when the event names none */
    public static Concerns agent(String agentId) {
        return new Concerns(false, List.of(Objects.requireNonNullElse(agentId, "")), List.of(), List.of());
    }

    /** A call that goes on after the event. */
    public static Concerns call(long callId) {
        return new Concerns(false, List.of(), List.of(callId), List.of());
    }

    /** A call that ends with the event. */
    public static Concerns callEnding(long callId) {
        return new Concerns(false, List.of(), List.of(), List.of(callId));
    }

    /**
     * A call that goes on, and another that merges into it and ends.
     *
     * @param mergedCallId the call that merges into {@code callId}; none when it is negative (the protocol's
     *                     absent id) or {@code callId} itself
     */
    public static Concerns callMerging(long callId, long mergedCallId) {
        if (mergedCallId < 0 || mergedCallId == callId) {
            return call(callId);
        }
        return new Concerns(false, List.of(), List.of(callId), List.of(mergedCallId));
    }

    /** Every call the event concerns: those in progress after it, then those that ended with it. */
    public List<Long> callIds() {
        if (callsEnded.isEmpty()) {
            return callsInProgress;
        }
        return Stream.concat(callsInProgress.stream(), callsEnded.stream()).toList();
    }

    /**
     * The call that merged into the call in progress with this event (see {@link CallEvent#mergedCallId()}), or
     * empty when no call did.
     */
    public OptionalLong mergedCallId() {
        return callsInProgress.isEmpty() || callsEnded.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(callsEnded.get(0));
    }
}
