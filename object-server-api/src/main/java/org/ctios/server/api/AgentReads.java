package org.ctios.server.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.AgentView;

/** The agents as they are now, read from the live model in memory. */
public interface AgentReads {

    List<AgentView> all();

    Optional<AgentView> byId(String agentId);

    /** @return those of the agents that exist, by id */
    Map<String, AgentView> byIds(Collection<String> agentIds);
}
