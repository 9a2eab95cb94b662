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

    /**
     * @param firstName the agent's first name, or null
     * @param lastName  its last name, or null
     */
    public record AgentEntry(String agentId, String extension, Integer teamId, boolean supervisor,
                             List<Long> skillGroups, String firstName, String lastName) {

        /** As long as the agent's name columns: a longer name is refused, not cut. */
        public static final int NAME_LENGTH = 64;

        /** @throws IllegalArgumentException when a name is longer than {@link #NAME_LENGTH}, naming the agent */
        public AgentEntry {
            skillGroups = List.copyOf(skillGroups);
            requireFits(agentId, "firstName", firstName);
            requireFits(agentId, "lastName", lastName);
        }

        private static void requireFits(String agentId, String member, String name) {
            // characters as the database counts them: code points, not Java's UTF-16 units
            int length = name == null ? 0 : name.codePointCount(0, name.length());
            if (length > NAME_LENGTH) {
                throw new IllegalArgumentException("agent " + agentId + "'s " + member + " is " + length
                        + " characters long, more than " + NAME_LENGTH + ": '" + name + "'");
            }
        }
    }
}
