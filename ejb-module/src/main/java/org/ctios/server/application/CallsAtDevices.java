package org.ctios.server.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallConnection;
import org.ctios.server.domain.call.CallRepository;

/**
 * The calls in progress at many agents' devices, read with one query and looked up per agent in memory: what
 * {@link CallRepository#findAtDevices} gives one agent, for a whole batch.
 */
final class CallsAtDevices {

    /** The repository's order: oldest first. */
    private static final Comparator<Call> OLDEST_FIRST = Comparator
            .comparing((Call call) -> call.milestones().begunAt()).thenComparingLong(Call::callId);

    private final Map<String, List<Call>> byDevice = new HashMap<>();

    private CallsAtDevices(List<Call> calls) {
        for (Call call : calls) {
            for (CallConnection connection : call.parties()) {
                byDevice.computeIfAbsent(connection.deviceId(), device -> new ArrayList<>()).add(call);
            }
        }
    }

    /** Reads the calls at every device of these agents. */
    static CallsAtDevices of(Collection<Agent> agents, CallRepository calls) {
        Set<String> devices = new LinkedHashSet<>();
        agents.forEach(agent -> devices.addAll(agent.devices()));
        return new CallsAtDevices(calls.findAtDevices(devices));
    }

    /** The calls at this agent's devices, oldest first, each once. */
    List<Call> at(Agent agent) {
        Set<Call> atAgent = new LinkedHashSet<>();
        for (String device : agent.devices()) {
            atAgent.addAll(byDevice.getOrDefault(device, List.of()));
        }
        List<Call> sorted = new ArrayList<>(atAgent);
        sorted.sort(OLDEST_FIRST);
        return sorted;
    }
}
