package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.InvalidRequestException;
import org.ctios.server.api.StateChangeResult;
import org.ctios.server.api.StateRequest;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CtiGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link AgentDesk} over the live model, the CTI gateway and the waits for stored changes. */
@ApplicationScoped
public class AgentDeskService implements AgentDesk {

    static final String WAIT_PROPERTY = "ctios.agents.state-change-wait";

    private AgentQueries agents;
    private CtiGateway control;
    private StoredChangeWaits waits;
    private Duration stateChangeWait;

    /** For the container's proxy. */
    protected AgentDeskService() {
    }

    @Inject
    public AgentDeskService(AgentQueries agents, CtiGateway control, StoredChangeWaits waits,
                            @ConfigProperty(name = WAIT_PROPERTY, defaultValue = "PT2S") Duration stateChangeWait) {
        this.agents = agents;
        this.control = control;
        this.waits = waits;
        this.stateChangeWait = stateChangeWait;
    }

    @Override
    public List<AgentView> agents() {
        return agents.all();
    }

    @Override
    public Optional<AgentView> find(String agentId) {
        return agents.byId(agentId);
    }

    @Override
    public AgentView agent(String agentId) {
        return agents.byId(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
    }

    @Override
    public StateChangeResult changeState(String agentId, StateRequest request) {
        AgentView agent = agent(agentId);
        AgentAction needed = StateChangeRules.requiredAction(request.target(), request.reasonCode());
        if (!agent.enabledActions().contains(needed)) {
            throw new ActionNotEnabledException(agentId, needed, agent.enabledActions());
        }
        String instrument = request.instrument() != null ? request.instrument()
                : agent.instrument() != null ? agent.instrument() : agent.extension();
        if (instrument == null) {
            throw new InvalidRequestException("agent " + agentId + " has no known instrument: name one");
        }
        Predicate<AgentState> reached = StateChangeRules.reached(request.target());
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchAgent(agentId);
            if (request.target() == AgentState.LOGIN) {
                control.login(agentId, instrument, request.password());
            } else {
                control.changeState(agentId, instrument, request.target(), request.reasonCode());
            }
            boolean applied = wait.until(stateChangeWait, () -> wait.announced(agentId, reached));
            return new StateChangeResult(agents.byId(agentId).orElse(agent), applied);
        }
    }
}
