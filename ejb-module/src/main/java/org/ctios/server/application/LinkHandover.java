package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;

/**
 * Tells the connector which agents and calls this server remembers, so that its resynchronisation asks the CTI
 * Server about each: a call that ended while this server was stopped is then found ended (and goes to the history),
 * and one still in progress is not mistaken for ended. The CTI Server cannot list its calls itself.
 */
@ApplicationScoped
public class LinkHandover {

    private static final Logger LOG = Logger.getLogger(LinkHandover.class.getName());

    private AgentRepository agents;
    private CallRepository calls;
    private CtiGateway control;

    /** For the container's proxy. */
    protected LinkHandover() {
    }

    @Inject
    public LinkHandover(AgentRepository agents, CallRepository calls, CtiGateway control) {
        this.agents = agents;
        this.calls = calls;
        this.control = control;
    }

    /**
     * @return the highest event epoch among the stored agents and calls (0 when none): the link of a server that
     * takes it over from another stamps its events after it
     */
    @Transactional
    public long handOverRemembered() {
        List<Agent> storedAgents = agents.findAll();
        List<Call> storedCalls = calls.findAll();
        List<String> agentIds = storedAgents.stream().map(Agent::agentId).toList();
        List<Long> callIds = storedCalls.stream().map(Call::callId).toList();
        control.watch(agentIds, callIds);
        LOG.info("handed " + agentIds.size() + " agents and " + callIds.size() + " calls in progress to the CTI link");
        return Math.max(storedAgents.stream().mapToLong(agent -> agent.stamp().epoch()).max().orElse(0),
                storedCalls.stream().mapToLong(call -> call.stamp().epoch()).max().orElse(0));
    }
}
