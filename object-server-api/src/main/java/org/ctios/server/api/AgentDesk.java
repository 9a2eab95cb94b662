package org.ctios.server.api;

import java.util.List;
import java.util.Optional;
import org.ctios.server.api.view.AgentView;

/**
 * An agent's desk for enterprise applications: read agents, change their states. A change is checked against the
 * agent's enabled buttons before anything is sent, waits for the CTI Server's confirmation (bounded by the
 * connector), then waits, at most {@code ctios.agents.state-change-wait} (default 2 s), for the stored agent to show
 * it. Not transactional: nothing should hold a database connection while the CTI Server answers.
 *
 * <p>Throws {@link UnknownAgentException}, {@link ActionNotEnabledException}, {@link InvalidRequestException} (an
 * incomplete request), and the connector's {@code CtiLinkDownException}, {@code CtiTimeoutException} and
 * {@code CtiRequestRefusedException}.
 */
public interface AgentDesk {

    List<AgentView> agents();

    Optional<AgentView> find(String agentId);

    /** @throws UnknownAgentException when no agent has that id */
    AgentView agent(String agentId);

    /** Changes the agent's state; see the interface comment for what is checked and how long it waits. */
    StateChangeResult changeState(String agentId, StateRequest request);
}
