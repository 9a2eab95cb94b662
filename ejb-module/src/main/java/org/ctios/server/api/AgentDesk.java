package org.ctios.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CtiGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An agent's desk for enterprise applications: read agents, change their states. A change is checked against the
 * agent's enabled buttons before anything is sent, waits for the CTI Server's confirmation (bounded by the
 * connector), then waits, at most {@code ctios.agents.state-change-wait} (default 2 s), for the stored agent to show
 * it. Not transactional: nothing should hold a database connection while the CTI Server answers.
 *
 * <p>Throws {@link UnknownAgentException}, {@link ActionNotEnabledException}, {@link IllegalArgumentException} (an
 * incomplete request), and the connector's {@code CtiLinkDownException}, {@code CtiTimeoutException} and
 * {@code CtiRequestRefusedException}.
 */
@ApplicationScoped
public class AgentDesk {

    static final String WAIT_PROPERTY = "ctios.agents.state-change-wait";

    private AgentQueries agents;
    private CtiGateway control;
    private StoredChangeWaits waits;
    private Duration stateChangeWait;

    /** For the container's proxy. */
    protected AgentDesk() {
    }

    @Inject
    public AgentDesk(AgentQueries agents, CtiGateway control, StoredChangeWaits waits,
                     @ConfigProperty(name = WAIT_PROPERTY, defaultValue = "PT2S") Duration stateChangeWait) {
        this.agents = agents;
        this.control = control;
        this.waits = waits;
        this.stateChangeWait = stateChangeWait;
    }

    public List<AgentView> agents() {
        return agents.all();
    }

    public Optional<AgentView> find(String agentId) {
        return agents.byId(agentId);
    }

    public AgentView agent(String agentId) {
        return agents.byId(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
    }

    /** Changes the agent's state; see the class comment for what is checked and how long it waits. */
    public StateChangeResult changeState(String agentId, StateRequest request) {
        AgentView agent = agent(agentId);
        AgentAction needed = StateChangeRules.requiredAction(request.target(), request.reasonCode());
        if (!agent.enabledActions().contains(needed)) {
            throw new ActionNotEnabledException(agentId, needed, agent.enabledActions());
        }
        String instrument = request.instrument() != null ? request.instrument()
                : agent.instrument() != null ? agent.instrument() : agent.extension();
        if (instrument == null) {
            throw new IllegalArgumentException("agent " + agentId + " has no known instrument: name one");
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
