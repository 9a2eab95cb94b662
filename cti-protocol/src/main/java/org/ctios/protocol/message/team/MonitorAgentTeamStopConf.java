package org.ctios.protocol.message.team;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** MONITOR_AGENT_TEAM_STOP_CONF (138): the team monitor ended. */
public record MonitorAgentTeamStopConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.MONITOR_AGENT_TEAM_STOP_CONF;
    }
}
