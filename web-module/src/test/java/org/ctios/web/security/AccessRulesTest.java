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
 * The rules over a small contact centre: team 1 (agents 1001, 1002, supervisor 1025), team 2 (agent 1026), agent
 * 1099 in no team; call 7 at 1001, call 8 at 1026, call 9 between 1002 and 1026, call 10 with no agent.
 */
class AccessRulesTest {

    private static final Map<String, Integer> TEAMS = Map.of("1001", 1, "1002", 1, "1025", 1, "1026", 2);
    private static final Map<Long, List<String>> CALLS = Map.of(7L, List.of("1001"), 8L, List.of("1026"),
            9L, List.of("1002", "1026"), 10L, List.of());

    private final AccessRules rules = new AccessRules(new OrganisationFacts() {
        @Override
        public Optional<Integer> teamOfAgent(String agentId) {
            return Optional.ofNullable(TEAMS.get(agentId));
        }

        @Override
        public List<String> agentsOnCall(long callId) {
            return CALLS.getOrDefault(callId, List.of());
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
    private static final Caller NO_ROLE = new Caller("gone", Set.of(), null, null);

    @Test
    void aSupervisorSupervisesItsTeamsCallsFromItsOwnPhoneOnly() {
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, "1025", 7)).isTrue();
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, "1025", 9)).as("one agent of the team").isTrue();
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, "1001", 7)).as("a member's phone").isFalse();
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, "1025", 8)).as("another team's call").isFalse();
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, "1025", 10)).as("no agent on it").isFalse();
        assertThat(rules.maySupervise(AGENT_SUPERVISOR_1025, null, 7)).isFalse();
    }

    @Test
    void aSupervisorWhoIsNoAgentUsesItsTeamsSupervisorsPhone() {
        assertThat(rules.maySupervise(SUPERVISOR_TEAM_1, "1025", 7)).isTrue();
        assertThat(rules.maySupervise(SUPERVISOR_TEAM_1, "1002", 7)).as("a member who is no supervisor").isFalse();
        assertThat(rules.maySupervise(SUPERVISOR_TEAM_1, "1025", 8)).isFalse();
    }

    @Test
    void onlyAdminSupervisesFromAnyPhoneAndAnIntegrationOrAnAgentNever() {
        assertThat(rules.maySupervise(ADMIN, "1050", 8)).isTrue();
        assertThat(rules.maySupervise(CRM, "1025", 7)).isFalse();
        assertThat(rules.maySupervise(AGENT_1001, "1001", 7)).isFalse();
        assertThat(rules.maySupervise(NO_ROLE, "1025", 7)).isFalse();
    }

    @Test
    void anAgentControlsItselfOnly() {
        assertThat(rules.mayControlAgent(AGENT_1001, "1001")).isTrue();
        assertThat(rules.mayControlAgent(AGENT_1001, "1002")).isFalse();
        assertThat(rules.mayControlAgent(AGENT_1001, "1026")).isFalse();
        assertThat(rules.mayControlAgent(AGENT_1001, null)).isFalse();
    }

    @Test
    void aSupervisorControlsItsTeamAndNoOtherAgent() {
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1001")).isTrue();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1025")).isTrue();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1026")).isFalse();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1099")).isFalse();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "no-such-agent")).isFalse();
    }

    @Test
    void aListOfAgentsUsesTheTeamItCarries() {
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1030", 1)).isTrue();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1001", 2)).isFalse();
        assertThat(rules.mayControlAgent(SUPERVISOR_TEAM_1, "1001", null)).isFalse();
    }

    @Test
    void crmAndAdminControlEveryAgentEvenUnknownOnes() {
        for (Caller everything : List.of(CRM, ADMIN)) {
            assertThat(rules.mayControlAgent(everything, "1001")).isTrue();
            assertThat(rules.mayControlAgent(everything, "1026")).isTrue();
            assertThat(rules.mayControlAgent(everything, "no-such-agent")).isTrue();
        }
    }

    @Test
    void anAccountWithoutRolesMayDoNothing() {
        assertThat(rules.mayControlAgent(NO_ROLE, "1001")).isFalse();
        assertThat(rules.mayActOnCall(NO_ROLE, 7)).isFalse();
        assertThat(rules.mayReadSkillGroups(NO_ROLE)).isFalse();
        assertThat(rules.mayReadSystem(NO_ROLE)).isFalse();
        assertThat(rules.mayFollowEvents(NO_ROLE, null)).isFalse();
        assertThat(rules.mayReadLinkState(NO_ROLE)).isFalse();
        assertThat(rules.mayReadReasonCodes(NO_ROLE)).isFalse();
        assertThat(rules.mayReadWrapUpReasons(NO_ROLE)).isFalse();
        assertThat(rules.mayReadServerWarnings(NO_ROLE)).isFalse();
    }

    @Test
    void anAgentActsOnItsOwnCallsOnly() {
        assertThat(rules.mayActOnCall(AGENT_1001, 7)).isTrue();
        assertThat(rules.mayActOnCall(AGENT_1001, 8)).isFalse();
        assertThat(rules.mayActOnCall(AGENT_1001, 9)).isFalse();
        assertThat(rules.mayActOnCall(AGENT_1001, 10)).isFalse();
        assertThat(rules.mayActOnCall(AGENT_1001, 404)).isFalse();
    }

    @Test
    void aSupervisorActsOnCallsWithOneOfItsTeam() {
        assertThat(rules.mayActOnCall(SUPERVISOR_TEAM_1, 7)).isTrue();
        assertThat(rules.mayActOnCall(SUPERVISOR_TEAM_1, 9)).isTrue();
        assertThat(rules.mayActOnCall(SUPERVISOR_TEAM_1, 8)).isFalse();
        assertThat(rules.mayActOnCall(SUPERVISOR_TEAM_1, 10)).isFalse();
    }

    @Test
    void crmActsOnEveryCall() {
        assertThat(rules.mayActOnCall(CRM, 8)).isTrue();
        assertThat(rules.mayActOnCall(CRM, 10)).isTrue();
    }

    @Test
    void aCallRecordIsReadByWhoeverSeesOneOfItsAgents() {
        assertThat(rules.mayReadCallRecord(AGENT_1001, List.of("1026", "1001"))).isTrue();
        assertThat(rules.mayReadCallRecord(AGENT_1001, List.of("1026"))).isFalse();
        assertThat(rules.mayReadCallRecord(SUPERVISOR_TEAM_1, List.of("1002"))).isTrue();
        assertThat(rules.mayReadCallRecord(SUPERVISOR_TEAM_1, List.of())).isFalse();
        assertThat(rules.mayReadCallRecord(CRM, List.of())).isTrue();
    }

    @Test
    void aTeamIsSeenByItsSupervisorCrmAndAdmin() {
        assertThat(rules.maySeeTeam(SUPERVISOR_TEAM_1, 1)).isTrue();
        assertThat(rules.maySeeTeam(SUPERVISOR_TEAM_1, 2)).isFalse();
        assertThat(rules.maySeeTeam(AGENT_1001, 1)).isFalse();
        assertThat(rules.maySeeTeam(CRM, 2)).isTrue();
        assertThat(rules.maySeeTeam(ADMIN, 2)).isTrue();
    }

    @Test
    void eventsOfOneAgentFollowTheAgentRuleAndAllEventsAreForCrmAndAdmin() {
        assertThat(rules.mayFollowEvents(AGENT_1001, "1001")).isTrue();
        assertThat(rules.mayFollowEvents(AGENT_1001, "1002")).isFalse();
        assertThat(rules.mayFollowEvents(AGENT_1001, null)).isFalse();
        assertThat(rules.mayFollowEvents(SUPERVISOR_TEAM_1, "1002")).isTrue();
        assertThat(rules.mayFollowEvents(SUPERVISOR_TEAM_1, null)).isFalse();
        assertThat(rules.mayFollowEvents(CRM, null)).isTrue();
    }

    @Test
    void aTeamsEventsAreFollowedByItsSupervisorCrmAndAdminOnly() {
        assertThat(rules.mayFollowTeamEvents(SUPERVISOR_TEAM_1, 1)).isTrue();
        assertThat(rules.mayFollowTeamEvents(AGENT_SUPERVISOR_1025, 1)).isTrue();
        assertThat(rules.mayFollowTeamEvents(SUPERVISOR_TEAM_1, 2)).as("another team").isFalse();
        assertThat(rules.mayFollowTeamEvents(AGENT_1001, 1)).as("an agent of the team").isFalse();
        assertThat(rules.mayFollowTeamEvents(CRM, 2)).isTrue();
        assertThat(rules.mayFollowTeamEvents(ADMIN, 99)).as("even a team that does not exist").isTrue();
        assertThat(rules.mayFollowTeamEvents(NO_ROLE, 1)).isFalse();
    }

    @Test
    void theHistoryOfEveryoneIsForCrmAndAdmin() {
        assertThat(rules.mayReadHistoryOf(AGENT_1001, "1001")).isTrue();
        assertThat(rules.mayReadHistoryOf(AGENT_1001, null)).isFalse();
        assertThat(rules.mayReadHistoryOf(SUPERVISOR_TEAM_1, "1026")).isFalse();
        assertThat(rules.mayReadHistoryOf(CRM, null)).isTrue();
    }

    @Test
    void anAgentWhoSupervisesHasBothRules() {
        assertThat(rules.mayControlAgent(AGENT_SUPERVISOR_1025, "1025")).isTrue();
        assertThat(rules.mayControlAgent(AGENT_SUPERVISOR_1025, "1002")).isTrue();
        assertThat(rules.mayControlAgent(AGENT_SUPERVISOR_1025, "1026")).isFalse();
    }

    @Test
    void theSystemIsReadByCrmAndAdminAndChangedByAdminOnly() {
        assertThat(rules.mayReadSystem(AGENT_1001)).isFalse();
        assertThat(rules.mayReadSystem(SUPERVISOR_TEAM_1)).isFalse();
        assertThat(rules.mayReadSystem(CRM)).isTrue();
        assertThat(rules.mayReadSystem(ADMIN)).isTrue();
        assertThat(rules.mayAdministerSystem(CRM)).isFalse();
        assertThat(rules.mayAdministerSystem(ADMIN)).isTrue();
    }

    @Test
    void everyoneSignedInReadsTheSkillGroups() {
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, CRM, ADMIN)) {
            assertThat(rules.mayReadSkillGroups(caller)).isTrue();
        }
    }

    @Test
    void everyoneSignedInReadsTheLinkStateButOnlyCrmAndAdminItsCounters() {
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025, CRM, ADMIN)) {
            assertThat(rules.mayReadLinkState(caller)).as(caller.name()).isTrue();
        }
        assertThat(rules.mayReadSystem(AGENT_1001)).isFalse();
    }

    @Test
    void everyoneSignedInReadsTheReasonCodes() {
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025, CRM, ADMIN)) {
            assertThat(rules.mayReadReasonCodes(caller)).as(caller.name()).isTrue();
        }
    }

    @Test
    void everyoneSignedInReadsTheWrapUpReasons() {
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025, CRM, ADMIN)) {
            assertThat(rules.mayReadWrapUpReasons(caller)).as(caller.name()).isTrue();
        }
    }

    /**
     * The wrap-up resource asks both: that the caller may act for the agent named, and may see the call's record;
     * the service then holds the agent to having handled the call.
     */
    @Test
    void aWrapUpIsForTheAgentOnTheCallItsSupervisorCrmAndAdmin() {
        List<String> handledBy1001 = List.of("1001");
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025, CRM, ADMIN)) {
            assertThat(rules.mayControlAgent(caller, "1001") && rules.mayReadCallRecord(caller, handledBy1001))
                    .as(caller.name()).isTrue();
        }
        Caller agent1002 = new Caller("1002", Set.of(Role.AGENT), "1002", null);
        assertThat(rules.mayControlAgent(agent1002, "1001")).as("for another agent").isFalse();
        assertThat(rules.mayReadCallRecord(agent1002, handledBy1001)).as("another agent's call").isFalse();
    }

    @Test
    void everyoneSignedInReadsTheServerWarnings() {
        for (Caller caller : List.of(AGENT_1001, SUPERVISOR_TEAM_1, AGENT_SUPERVISOR_1025, CRM, ADMIN)) {
            assertThat(rules.mayReadServerWarnings(caller)).as(caller.name()).isTrue();
        }
    }

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
