package org.ctios.protocol.message.team;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** MONITOR_AGENT_TEAM_START_CONF (136): the team monitor started; {@code monitorId} is quoted to stop it. */
public record MonitorAgentTeamStartConf(long invokeId, long monitorId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.MONITOR_AGENT_TEAM_START_CONF;
    }
}
