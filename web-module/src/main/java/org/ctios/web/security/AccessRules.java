package org.ctios.web.security;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.Role;

/**
 * Who may read and drive what, in one place. An agent: itself and its own calls. A supervisor: also its team's
 * members and their calls. crm: every agent and call, and the system's status. admin: everything, and the system
 * endpoints that change something (statistics reset, accounts). Skill groups are readable by everyone signed in.
 * Reading and controlling are the same rule: whoever may see an agent may drive it. Supervising a call (barge-in,
 * intercept) is narrower: a supervisor from its own agent on its team's call, or admin.
 */
public final class AccessRules {

    private final OrganisationFacts facts;

    public AccessRules(OrganisationFacts facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** Reading the agent, changing its state, following its events. */
    public boolean mayControlAgent(Caller caller, String agentId) {
        return mayControlAgent(caller, agentId, () -> facts.teamOfAgent(agentId).orElse(null));
    }

    /** The same, for an agent whose team is known already (a list of agents). */
    public boolean mayControlAgent(Caller caller, String agentId, Integer teamOfAgent) {
        return mayControlAgent(caller, agentId, () -> teamOfAgent);
    }

    private boolean mayControlAgent(Caller caller, String agentId, Supplier<Integer> teamOfAgent) {
        if (caller.seesEverything()) {
            return true;
        }
        if (agentId == null) {
            return false;
        }
        if (caller.has(Role.AGENT) && agentId.equals(caller.agentId())) {
            return true;
        }
        return caller.has(Role.SUPERVISOR) && caller.supervisedTeamId() != null
                && caller.supervisedTeamId().equals(teamOfAgent.get());
    }

    /** Reading a call in progress, acting on it (answer, hold, transfer...), changing its data, supervising it. */
    public boolean mayActOnCall(Caller caller, long callId) {
        return caller.seesEverything() || mayControlAnyOf(caller, facts.agentsOnCall(callId));
    }

    /**
     * Barging in on or intercepting a call from the supervisor agent {@code supervisorId}: a supervisor on a call it
     * may act on (one of its team's), from its own agent's phone or, for a supervisor account that is no agent
     * ({@code supervisor1}), from the phone of one of its team's supervisors (the dashboard offers those); admin from
     * any agent. Not crm: an integration reads and drives agents' calls, it does not listen in on them.
     */
    public boolean maySupervise(Caller caller, String supervisorId, long callId) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        if (!caller.has(Role.SUPERVISOR) || supervisorId == null) {
            return false;
        }
        boolean ownPhone = caller.agentId() != null
                ? supervisorId.equals(caller.agentId())
                : caller.supervisedTeamId() != null
                        && facts.supervisorsOfTeam(caller.supervisedTeamId()).contains(supervisorId);
        return ownPhone && mayControlAnyOf(caller, facts.agentsOnCall(callId));
    }

    /**
     * Sending a team message: an agent to its own team's supervisors; a supervisor to one of its team's members or to
     * its team; to everyone, admin only (a supervisor's reach is its team, and a broadcast to every desktop of the
     * centre is an administrator's); admin to anyone. Not crm: an integration does not chat.
     */
    public boolean maySendMessage(Caller caller, MessageAudience to, String agentId, Integer teamId) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        return switch (to) {
            case SUPERVISORS -> caller.has(Role.AGENT) && caller.agentId() != null && teamId != null
                    && teamId.equals(facts.teamOfAgent(caller.agentId()).orElse(null));
            case AGENT -> caller.has(Role.SUPERVISOR) && caller.supervisedTeamId() != null && agentId != null
                    && caller.supervisedTeamId().equals(facts.teamOfAgent(agentId).orElse(null));
            case TEAM -> caller.has(Role.SUPERVISOR) && teamId != null && teamId.equals(caller.supervisedTeamId());
            case EVERYONE -> false;
        };
    }

    /** Reading a call of the history: one of its agents is the caller's. */
    public boolean mayReadCallRecord(Caller caller, Collection<String> agentIds) {
        return caller.seesEverything() || mayControlAnyOf(caller, agentIds);
    }

    /** Asking for a supervisor's help (assist, emergency): the agent itself from its desktop, or an admin. */
    public boolean mayAskForHelp(Caller caller, String agentId) {
        return caller.has(Role.ADMIN) || agentId != null && caller.has(Role.AGENT) && agentId.equals(caller.agentId());
    }

    /** Reading a team and its members' states. */
    public boolean maySeeTeam(Caller caller, int teamId) {
        return caller.seesEverything() || caller.has(Role.SUPERVISOR)
                && Integer.valueOf(teamId).equals(caller.supervisedTeamId());
    }

    /**
     * Following events ({@code /events?agentId=}): those of an agent the caller may control; without an agent,
     * every event, for crm and admin only.
     */
    public boolean mayFollowEvents(Caller caller, String agentId) {
        return agentId == null ? caller.seesEverything() : mayControlAgent(caller, agentId);
    }

    /**
     * Following a team's events ({@code /events?teamId=}): its members' events and every skill group's statistics,
     * on one stream. Whoever may see the team: its supervisor, crm and admin.
     */
    public boolean mayFollowTeamEvents(Caller caller, int teamId) {
        return maySeeTeam(caller, teamId);
    }

    /** The history of every agent (no agent named) is for crm and admin; of one agent, for those who see it. */
    public boolean mayReadHistoryOf(Caller caller, String agentId) {
        return agentId == null ? caller.seesEverything() : mayControlAgent(caller, agentId);
    }

    /** The skill groups' live statistics: for everyone signed in. */
    public boolean mayReadSkillGroups(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /**
     * Whether the CTI link is up ({@code GET /system/link}): for everyone signed in, since every desktop shows a
     * "link down" banner. The counters of {@code GET /system} stay with crm and admin.
     */
    public boolean mayReadLinkState(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** The reason codes desktops offer for not ready and logout: for everyone signed in. */
    public boolean mayReadReasonCodes(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** The wrap-up reasons desktops offer after a call: for everyone signed in. */
    public boolean mayReadWrapUpReasons(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /**
     * The server's warnings ({@code GET /system/warnings}), such as demo accounts being on: for everyone signed in,
     * since every page shows them.
     */
    public boolean mayReadServerWarnings(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** The CTI link's status and the apply statistics ({@code GET /system...}). */
    public boolean mayReadSystem(Caller caller) {
        return caller.seesEverything();
    }

    /** What changes the system: resetting statistics, setting passwords. */
    public boolean mayAdministerSystem(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    private boolean mayControlAnyOf(Caller caller, Collection<String> agentIds) {
        return agentIds.stream().anyMatch(agentId -> mayControlAgent(caller, agentId));
    }
}
