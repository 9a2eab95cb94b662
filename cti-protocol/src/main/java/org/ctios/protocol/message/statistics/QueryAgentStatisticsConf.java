package org.ctios.protocol.message.statistics;

import java.util.Objects;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * QUERY_AGENT_STATISTICS_CONF (113): an agent's statistics since login and since midnight, 84 UINTs after
 * InvokeID and PeripheralID (a 344-byte fixed part), then the agent's extension, id and instrument, all optional.
 */
public record QueryAgentStatisticsConf(long invokeId, long peripheralId, AgentStatistics statistics,
                                       String agentExtension, String agentId, String agentInstrument)
        implements InvokedMessage {

    public QueryAgentStatisticsConf {
        Objects.requireNonNull(statistics, "statistics");
    }

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_AGENT_STATISTICS_CONF;
    }
}
