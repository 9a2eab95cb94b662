package org.ctios.server.domain.organisation;

import java.util.List;

/**
 * The contact centre's organisation as configured: what the CTI Server does not tell (skill group names, teams,
 * supervisors, agents' configured skill groups).
 */
public record OrganisationDefinition(List<SkillGroupEntry> skillGroups, List<TeamEntry> teams,
                                     List<AgentEntry> agents) {

    public OrganisationDefinition {
        skillGroups = List.copyOf(skillGroups);
        teams = List.copyOf(teams);
        agents = List.copyOf(agents);
    }

    public record SkillGroupEntry(long number, Long skillGroupId, String name) {
    }

    public record TeamEntry(int teamId, String name, String supervisorId) {
    }

    public record AgentEntry(String agentId, String extension, Integer teamId, boolean supervisor,
                             List<Long> skillGroups) {

        public AgentEntry {
            skillGroups = List.copyOf(skillGroups);
        }
    }
}
