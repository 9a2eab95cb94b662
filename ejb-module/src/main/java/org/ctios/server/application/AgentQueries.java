package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.AgentReads;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.live.LiveModel;

/**
 * The agents as the interfaces show them, from the live model: no database access, each answer from one version of
 * the model, so that an agent's calls and buttons match its state.
 */
@ApplicationScoped
public class AgentQueries implements AgentReads {

    private LiveModel live;

    /** For the container's proxy. */
    protected AgentQueries() {
    }

    @Inject
    public AgentQueries(LiveModel live) {
        this.live = live;
    }

    /** Every agent, by id. */
    @Override
    public List<AgentView> all() {
        return live.current().agents();
    }

    @Override
    public Optional<AgentView> byId(String agentId) {
        return live.current().agent(agentId);
    }

    /** These agents, each as {@link #byId} shows it, from one version; unknown ids are left out. */
    @Override
    public Map<String, AgentView> byIds(Collection<String> agentIds) {
        return live.current().agents(agentIds);
    }
}
