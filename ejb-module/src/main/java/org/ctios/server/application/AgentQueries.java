package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.application.view.AgentView;
import org.ctios.server.application.view.Views;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallConnection;
import org.ctios.server.domain.call.CallRepository;

/** The agents as the interfaces show them, each read in one transaction so that its calls match its state. */
@ApplicationScoped
@Transactional
public class AgentQueries {

    private AgentRepository agents;
    private CallRepository calls;

    /** For the container's proxy. */
    protected AgentQueries() {
    }

    @Inject
    public AgentQueries(AgentRepository agents, CallRepository calls) {
        this.agents = agents;
        this.calls = calls;
    }

    public List<AgentView> all() {
        Map<String, List<Call>> callsByDevice = new HashMap<>();
        for (Call call : calls.findAll()) {
            for (CallConnection connection : call.parties()) {
                callsByDevice.computeIfAbsent(connection.deviceId(), device -> new ArrayList<>()).add(call);
            }
        }
        List<AgentView> views = new ArrayList<>();
        for (Agent agent : agents.findAll()) {
            List<Call> atAgent = new ArrayList<>();
            for (String device : agent.devices()) {
                for (Call call : callsByDevice.getOrDefault(device, List.of())) {
                    if (!atAgent.contains(call)) {
                        atAgent.add(call);
                    }
                }
            }
            views.add(Views.agent(agent, atAgent));
        }
        return views;
    }

    public Optional<AgentView> byId(String agentId) {
        return agents.find(agentId).map(agent -> Views.agent(agent, calls.findAtDevices(agent.devices())));
    }

    /**
     * These agents, each as {@link #byId} shows it, read together with two queries whatever their number (the
     * agents with their skill groups, the calls at their devices); unknown ids are left out.
     */
    public Map<String, AgentView> byIds(Collection<String> agentIds) {
        List<Agent> found = agents.findAll(agentIds);
        CallsAtDevices callsAt = CallsAtDevices.of(found, calls);
        Map<String, AgentView> views = new HashMap<>();
        for (Agent agent : found) {
            views.put(agent.agentId(), Views.agent(agent, callsAt.at(agent)));
        }
        return views;
    }
}
