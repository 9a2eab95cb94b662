package org.ctios.protocol.message.team;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** MONITOR_AGENT_TEAM_STOP_REQ (137): ends the team monitor MONITOR_AGENT_TEAM_START_CONF named. */
public record MonitorAgentTeamStopReq(long invokeId, long monitorId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.MONITOR_AGENT_TEAM_STOP_REQ;
    }
}
