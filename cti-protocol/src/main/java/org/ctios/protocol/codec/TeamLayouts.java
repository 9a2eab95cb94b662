package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.types.TeamId;
import org.ctios.protocol.types.TeamMember;

/**
 * Layouts of the agent-team messages (ged188-layouts-more.md, section 7). AGENT_TEAM_CONFIG_REQ/CONF (126/127) have
 * no layout in any guide read, so they have none here: their type numbers only.
 */
final class TeamLayouts {

    /** AtcAgentID / AgentFlags / AtcAgentState / AtcStateDuration (tags 86 to 89), repeated per member. */
    private static final Layout<TeamMember> MEMBER = Layout.entry(TeamMember.class)
            .string("atcAgentId", Tag.ATC_AGENT_ID, 12).u16("agentFlags", Tag.AGENT_FLAGS)
            .u16("atcAgentState", Tag.ATC_AGENT_STATE).u32("atcStateDuration", Tag.ATC_STATE_DURATION);

    /** TeamID (tag 92), repeated. */
    private static final Layout<TeamId> TEAM_ID = Layout.entry(TeamId.class).u32("teamId", Tag.LIST_TEAM_ID);

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.AGENT_TEAM_CONFIG_EVENT, AgentTeamConfigEvent.class)
                    .u32("peripheralId").u32("teamId").u16("numberOfAgents").u16("configOperation")
                    .int32("departmentId")
                    .string("agentTeamName", Tag.AGENT_TEAM_NAME, 32).group("members", MEMBER),
            Layout.of(MessageType.LIST_AGENT_TEAM_REQ, ListAgentTeamReq.class).u32("invokeId").u32("supervisorId"),
            Layout.of(MessageType.LIST_AGENT_TEAM_CONF, ListAgentTeamConf.class)
                    .u32("invokeId").u16("numberOfAgentTeams").u16("segmentNumber").u16("more")
                    .group("teamIds", TEAM_ID),
            Layout.of(MessageType.MONITOR_AGENT_TEAM_START_REQ, MonitorAgentTeamStartReq.class)
                    .u32("invokeId").u32("teamId"),
            Layout.of(MessageType.MONITOR_AGENT_TEAM_START_CONF, MonitorAgentTeamStartConf.class)
                    .u32("invokeId").u32("monitorId"),
            Layout.of(MessageType.MONITOR_AGENT_TEAM_STOP_REQ, MonitorAgentTeamStopReq.class)
                    .u32("invokeId").u32("monitorId"),
            Layout.invokeIdOnly(MessageType.MONITOR_AGENT_TEAM_STOP_CONF, MonitorAgentTeamStopConf.class));
}
