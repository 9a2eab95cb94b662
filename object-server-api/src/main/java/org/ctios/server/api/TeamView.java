package org.ctios.server.api;

import java.util.List;
import java.util.Map;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentView;

/**
 * A team as a supervisor sees it.
 *
 * @param supervisorIds the configured supervisor first, then any other supervisor among the members
 * @param members       the agents of the team (supervisors included), by id
 * @param stateCounts   how many members are in each state (states without members left out)
 */
public record TeamView(int id, String name, List<String> supervisorIds, List<AgentView> members,
                       Map<AgentState, Integer> stateCounts) {

    public TeamView {
        supervisorIds = List.copyOf(supervisorIds);
        members = List.copyOf(members);
        stateCounts = Map.copyOf(stateCounts);
    }
}
