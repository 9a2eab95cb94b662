package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.Role;
import org.junit.jupiter.api.Test;

/**
 * Who may send a team message to whom: an agent to its own team's supervisors, a supervisor to its team and its
 * members, admin to anyone and everyone, crm to nobody. Team 1: 1001, 1002, supervisor 1025; team 2: 1026.
 */
class MessageAccessRulesTest {

    private static final Map<String, Integer> TEAMS = Map.of("1001", 1, "1002", 1, "1025", 1, "1026", 2);

    private final AccessRules rules = new AccessRules(new OrganisationFacts() {
        @Override
        public Optional<Integer> teamOfAgent(String agentId) {
            return Optional.ofNullable(TEAMS.get(agentId));
        }

        @Override
        public List<String> agentsOnCall(long callId) {
            return List.of();
        }

        @Override
        public List<String> supervisorsOfTeam(int teamId) {
            return teamId == 1 ? List.of("1025") : List.of();
        }
    });

    private static final Caller AGENT_1001 = new Caller("1001", Set.of(Role.AGENT), "1001", null);
    private static final Caller SUPERVISOR_TEAM_1 = new Caller("supervisor1", Set.of(Role.SUPERVISOR), null, 1);
    private static final Caller AGENT_SUPERVISOR_1025 = new Caller("1025", Set.of(Role.AGENT, Role.SUPERVISOR),
            "1025", 1);
    private static final Caller CRM = new Caller("crm", Set.of(Role.CRM), null, null);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null);

    @Test
    void anAgentWritesToItsOwnTeamsSupervisorsOnly() {
        assertThat(rules.maySendMessage(AGENT_1001, MessageAudience.SUPERVISORS, null, 1)).isTrue();
        assertThat(rules.maySendMessage(AGENT_1001, MessageAudience.SUPERVISORS, null, 2)).isFalse();
        assertThat(rules.maySendMessage(AGENT_1001, MessageAudience.AGENT, "1002", null)).isFalse();
        assertThat(rules.maySendMessage(AGENT_1001, MessageAudience.TEAM, null, 1)).isFalse();
        assertThat(rules.maySendMessage(AGENT_1001, MessageAudience.EVERYONE, null, null)).isFalse();
    }

    @Test
    void aSupervisorWritesToItsTeamAndItsMembersOnly() {
        for (Caller supervisor : List.of(SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025)) {
            assertThat(rules.maySendMessage(supervisor, MessageAudience.AGENT, "1002", null)).isTrue();
            assertThat(rules.maySendMessage(supervisor, MessageAudience.TEAM, null, 1)).isTrue();
            assertThat(rules.maySendMessage(supervisor, MessageAudience.AGENT, "1026", null)).isFalse();
            assertThat(rules.maySendMessage(supervisor, MessageAudience.AGENT, "9999", null)).isFalse();
            assertThat(rules.maySendMessage(supervisor, MessageAudience.TEAM, null, 2)).isFalse();
            assertThat(rules.maySendMessage(supervisor, MessageAudience.EVERYONE, null, null)).isFalse();
        }
        assertThat(rules.maySendMessage(SUPERVISOR_TEAM_1, MessageAudience.SUPERVISORS, null, 1))
                .as("a supervisor who is no agent has no supervisors to write to").isFalse();
    }

    @Test
    void adminWritesToAnyoneAndEveryoneAndAnIntegrationToNobody() {
        for (MessageAudience to : MessageAudience.values()) {
            assertThat(rules.maySendMessage(ADMIN, to, "1026", 2)).isTrue();
            assertThat(rules.maySendMessage(CRM, to, "1026", 2)).isFalse();
        }
    }
}
