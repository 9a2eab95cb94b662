package org.ctios.protocol.message.team;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** MONITOR_AGENT_TEAM_START_REQ (135): a supervisor starts monitoring a team; the team's agent state events then reach this session until MONITOR_AGENT_TEAM_STOP_REQ. */
public record MonitorAgentTeamStartReq(long invokeId, long teamId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.MONITOR_AGENT_TEAM_START_REQ;
    }
}
