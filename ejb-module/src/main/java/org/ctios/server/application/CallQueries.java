package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ctios.server.application.view.CallRecordView;
import org.ctios.server.application.view.CallView;
import org.ctios.server.application.view.Views;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;

/** The calls in progress and the call history, as the interfaces show them. */
@ApplicationScoped
@Transactional
public class CallQueries {

    /** A page of the history: its records and how many match in all. */
    public record HistoryPage(List<CallRecordView> records, long total, int offset, int limit) {
    }

    private CallRepository calls;
    private AgentRepository agents;
    private CallHistory history;

    /** For the container's proxy. */
    protected CallQueries() {
    }

    @Inject
    public CallQueries(CallRepository calls, AgentRepository agents, CallHistory history) {
        this.calls = calls;
        this.agents = agents;
        this.history = history;
    }

    /**
     * The calls in progress, oldest first.
     *
     * @param agentId          only the calls of this agent, when not null
     * @param skillGroupNumber only the calls for this skill group, when not null
     */
    public List<CallView> all(String agentId, Long skillGroupNumber) {
        List<Call> selected;
        if (agentId != null) {
            selected = agents.find(agentId).map(agent -> calls.findAtDevices(agent.devices())).orElse(List.of());
        } else {
            selected = calls.findAll();
        }
        Function<String, Agent> agentAt = cachedAgentLookup();
        return selected.stream()
                .filter(call -> skillGroupNumber == null || skillGroupNumber.equals(call.skillGroupNumber()))
                .map(call -> Views.call(call, agentAt, agent -> calls.findAtDevices(agent.devices())))
                .toList();
    }

    public Optional<CallView> byId(long callId) {
        Function<String, Agent> agentAt = cachedAgentLookup();
        return calls.find(callId).map(call -> Views.call(call, agentAt,
                agent -> calls.findAtDevices(agent.devices())));
    }

    /**
     * These calls in progress, each as {@link #byId} shows it, read together with four queries whatever their
     * number (the calls with their parties, the agents at their devices by instrument and by extension, the calls at
     * those agents' devices); ids of calls not in progress are left out.
     */
    public Map<Long, CallView> byIds(Collection<Long> callIds) {
        List<Call> found = calls.findAll(callIds);
        Set<String> devices = new LinkedHashSet<>();
        found.forEach(call -> call.parties().forEach(party -> devices.add(party.deviceId())));
        Map<String, Agent> agentAt = agentsAt(devices);
        CallsAtDevices callsAt = CallsAtDevices.of(agentAt.values(), calls);
        Map<Long, CallView> views = new HashMap<>();
        for (Call call : found) {
            views.put(call.callId(), Views.call(call, agentAt::get, callsAt::at));
        }
        return views;
    }

    /** The agent at each device as {@link AgentRepository#findByDevice} chooses it: by instrument, else extension. */
    private Map<String, Agent> agentsAt(Set<String> devices) {
        Comparator<Agent> lowestId = Comparator.comparing(Agent::agentId);
        Map<String, Agent> byInstrument = new HashMap<>();
        Map<String, Agent> byExtension = new HashMap<>();
        for (Agent agent : agents.findAtDevices(devices)) {
            if (agent.instrument() != null && devices.contains(agent.instrument())) {
                byInstrument.merge(agent.instrument(), agent, (a, b) -> lowestId.compare(a, b) <= 0 ? a : b);
            }
            if (agent.extension() != null && devices.contains(agent.extension())) {
                byExtension.merge(agent.extension(), agent, (a, b) -> lowestId.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, Agent> agentAt = new HashMap<>(byExtension);
        agentAt.putAll(byInstrument);
        return agentAt;
    }

    private Function<String, Agent> cachedAgentLookup() {
        Map<String, Optional<Agent>> byDevice = new HashMap<>();
        return device -> byDevice.computeIfAbsent(device, agents::findByDevice).orElse(null);
    }

    /** Ended calls matching the filter, newest first, without their timelines. */
    public HistoryPage history(HistoryFilter filter, int offset, int limit) {
        List<CallRecordView> records = history.search(filter, offset, limit).stream()
                .map(record -> Views.record(record, List.of())).toList();
        return new HistoryPage(records, history.count(filter), offset, limit);
    }

    /** One ended call with its whole timeline. */
    public Optional<CallRecordView> record(String callKey) {
        return history.find(callKey).map(record -> Views.record(record, history.timeline(callKey)));
    }
}
