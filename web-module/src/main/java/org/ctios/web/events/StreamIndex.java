package org.ctios.web.events;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open streams, found by what an event concerns. A filter with an {@code agent} key can match only events that
 * concern one of its agents (keys are ANDed), so such a stream is kept under each of its agents; every other stream
 * (monitor mode, team mode, filters by team, skill group or type alone) is broad and sees every event. An agent
 * desktop's stream is thereby offered the events of its own agent only, whatever the number of desktops open.
 *
 * <p>Adding and removing are safe at any time; the hub offers an event while no stream is being added (its lock),
 * and a stream removed meanwhile is closed, so it refuses what it is still offered.
 */
final class StreamIndex {

    private final Set<EventStream> broad = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<EventStream>> byAgent = new ConcurrentHashMap<>();

    void add(EventStream stream) {
        Set<String> agents = stream.filter().agents();
        if (agents.isEmpty()) {
            broad.add(stream);
            return;
        }
        for (String agent : agents) {
            // compute(): atomic with a removal that drops the agent's last stream
            byAgent.compute(agent, (key, streams) -> {
                Set<EventStream> kept = streams == null ? ConcurrentHashMap.newKeySet() : streams;
                kept.add(stream);
                return kept;
            });
        }
    }

    void remove(EventStream stream) {
        Set<String> agents = stream.filter().agents();
        if (agents.isEmpty()) {
            broad.remove(stream);
            return;
        }
        for (String agent : agents) {
            byAgent.computeIfPresent(agent, (key, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            });
        }
    }

    /** Every stream that may want an event with this routing, each once (the filter still decides). */
    void forEachCandidate(EventRouting routing, Consumer<EventStream> action) {
        broad.forEach(action);
        // a team message for everyone names every agent so ({@link UserMessageEvents#EVERY}): every agent's streams
        Set<String> agents = routing.agentIds().contains(UserMessageEvents.EVERY) ? byAgent.keySet()
                : routing.agentIds();
        if (agents.size() == 1) {
            Set<EventStream> streams = byAgent.get(agents.iterator().next());
            if (streams != null) {
                streams.forEach(action);
            }
            return;
        }
        // a stream kept under two of the event's agents is still offered the event once
        Set<EventStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String agent : agents) {
            Set<EventStream> streams = byAgent.get(agent);
            if (streams != null) {
                for (EventStream stream : streams) {
                    if (seen.add(stream)) {
                        action.accept(stream);
                    }
                }
            }
        }
    }
}
