package org.ctios.server.api;

import java.util.List;
import java.util.Optional;

/**
 * The organisation as configured ({@code ctios.organisation}: the bundled demo, a file, or none), as far as the web
 * tier seeds accounts from it: its teams with their supervisors, and its agents.
 */
public interface ConfiguredOrganisation {

    /** @param supervisorId the agent that supervises the team, or {@code null} */
    record Team(int teamId, String supervisorId) {
    }

    /** The teams and the agents' ids, in the configuration's order. */
    record Facts(List<Team> teams, List<String> agentIds) {

        public Facts {
            teams = List.copyOf(teams);
            agentIds = List.copyOf(agentIds);
        }
    }

    /** @return empty when no organisation is configured ({@code none}) */
    Optional<Facts> read();
}
