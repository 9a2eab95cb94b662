package org.ctios.benchmarks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AcdEventListener;

/**
 * Listens to the simulated switch in the benchmark's JVM: notes when each agent state change left the switch (for
 * its CTI sessions) and when each agent and call last changed. It times an event stream's AgentState events from the
 * switch to the client (same JVM, same monotonic clock) by matching them, per agent and in order, to the switch's
 * changes; and it tells which agents and calls are still settling when the stored state is compared with the switch.
 */
final class SwitchEmissions implements AcdEventListener, EventDelay {

    /** Changes kept per agent that no stream event has matched yet; older ones are dropped (bounded memory). */
    static final int PENDING_PER_AGENT = 64;

    private record Emission(String state, long nanos) {
    }

    private final LongSupplier nanoClock;
    private final Map<String, Deque<Emission>> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> agentChanged = new ConcurrentHashMap<>();
    private final Map<Long, Long> callChanged = new ConcurrentHashMap<>();

    SwitchEmissions(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public void onEvents(List<AcdEvent> events) {
        long now = nanoClock.getAsLong();
        for (AcdEvent event : events) {
            if (event instanceof AcdEvent.AgentStateChanged changed) {
                String agentId = changed.agent().agentId();
                agentChanged.put(agentId, now);
                Deque<Emission> queue = pending.computeIfAbsent(agentId, id -> new ArrayDeque<>());
                synchronized (queue) {
                    if (queue.size() == PENDING_PER_AGENT) {
                        queue.removeFirst();
                    }
                    queue.addLast(new Emission(changed.agent().state().name(), now));
                }
            } else if (event instanceof AcdEvent.CallEvent call) {
                callChanged.put(call.call().callId(), now);
            }
        }
    }

    /**
     * The delay of an AgentState stream event from the switch's change it reports: the oldest unmatched change of
     * that agent to that state (changes of the agent before it, which the stream did not report, are passed over).
     */
    @Override
    public long delayMicros(String name, String data) {
        if (!"AgentState".equals(name) || data == null) {
            return NOT_TIMED;
        }
        long now = nanoClock.getAsLong();
        String agentId = EventDelay.firstText(data, "agentId");
        String state = EventDelay.firstText(data, "state");
        Deque<Emission> queue = agentId == null ? null : pending.get(agentId);
        if (queue == null || state == null) {
            return NOT_TIMED;
        }
        synchronized (queue) {
            while (!queue.isEmpty()) {
                Emission emission = queue.removeFirst();
                if (emission.state().equals(state)) {
                    return (now - emission.nanos()) / 1_000;
                }
            }
        }
        return NOT_TIMED;
    }

    /** Whether the agent changed on the switch less than {@code nanos} ago. */
    boolean agentChangedWithin(String agentId, long nanos) {
        Long at = agentChanged.get(agentId);
        return at != null && nanoClock.getAsLong() - at < nanos;
    }

    /** Whether the call changed on the switch less than {@code nanos} ago. */
    boolean callChangedWithin(long callId, long nanos) {
        Long at = callChanged.get(callId);
        return at != null && nanoClock.getAsLong() - at < nanos;
    }
}
