package org.ctios.protocol.message.statistics;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * QUERY_AGENT_STATISTICS_REQ (112): asks for an agent's call-handling statistics. A client that monitors all
 * agents names one by AgentExtension, AgentID or AgentInstrument; the guide makes one of them required only for
 * such clients, which the codec cannot know, so none is required here. Miscellaneous service; the guide asks not
 * to poll it often.
 */
public record QueryAgentStatisticsReq(long invokeId, long peripheralId, String agentExtension, String agentId,
                                      String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_AGENT_STATISTICS_REQ;
    }
}
