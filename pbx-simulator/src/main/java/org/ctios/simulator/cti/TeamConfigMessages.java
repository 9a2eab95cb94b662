package org.ctios.simulator.cti;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.types.AgentFlags;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.TeamMember;
import org.ctios.simulator.acd.TeamView;

/**
 * AGENT_TEAM_CONFIG_EVENT for a team: the whole team (after a supervisor session opens, or a team monitor starts)
 * or the members a change added or removed. A team's supervisor is flagged PRIMARY_SUPERVISOR: the switch has one
 * supervisor per team. DepartmentID is -1, none. One message carries at most 64 members: a larger team is sent as
 * RESTORE_PERMANENT with its first 64, then ADD_AGENT messages with the rest, so that a reader that replaces the team
 * on the first and adds on the others ends with the whole team (the guide says only "one or more messages").
 */
public final class TeamConfigMessages {

    private static final int NO_DEPARTMENT = -1;

    private TeamConfigMessages() {
    }

    /** The whole team as configured now: ConfigOperation 0, then 1 for members beyond the first 64. */
    public static List<AgentTeamConfigEvent> wholeTeam(long peripheralId, TeamView team) {
        List<AgentTeamConfigEvent> messages = new ArrayList<>();
        List<TeamView.Member> members = team.members();
        int from = 0;
        do {
            List<TeamView.Member> part = members.subList(from,
                    Math.min(members.size(), from + AgentTeamConfigEvent.MAX_MEMBERS));
            messages.add(of(peripheralId, team, from == 0 ? TeamView.Change.WHOLE_TEAM : TeamView.Change.ADDED,
                    part));
            from += AgentTeamConfigEvent.MAX_MEMBERS;
        } while (from < members.size());
        return messages;
    }

    /** The members a change listed (at most 64), with what it did to them. */
    public static AgentTeamConfigEvent of(long peripheralId, TeamView team, TeamView.Change change,
                                          List<TeamView.Member> members) {
        ConfigOperation operation = switch (change) {
            case WHOLE_TEAM -> ConfigOperation.RESTORE_PERMANENT;
            case ADDED -> ConfigOperation.ADD_AGENT;
            case REMOVED -> ConfigOperation.REMOVE_AGENT;
        };
        if (members.size() > AgentTeamConfigEvent.MAX_MEMBERS) {
            throw new IllegalArgumentException("more than " + AgentTeamConfigEvent.MAX_MEMBERS + " members");
        }
        List<TeamMember> listed = members.stream()
                .map(m -> TeamMember.of(m.agentId(), m.supervisor() ? AgentFlags.PRIMARY_SUPERVISOR
                        : AgentFlags.REGULAR_AGENT, m.state().wire(), m.stateSeconds())).toList();
        return new AgentTeamConfigEvent(peripheralId, team.id(), listed.size(), operation.wire(), NO_DEPARTMENT,
                team.name(), listed);
    }
}
