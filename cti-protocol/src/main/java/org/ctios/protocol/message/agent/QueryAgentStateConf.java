package org.ctios.protocol.message.agent;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.SkillGroupEntry;

/**
 * QUERY_AGENT_STATE_CONF (37): An agent's current state, overall and per skill group: what a client reads after
 * connecting to know where every agent stands.
 *
 * <p>The fixed part's count fields (numSkillGroups, numTasks) are kept as sent; the lists hold what the floating part
 * carried.
 */
public record QueryAgentStateConf(long invokeId, int agentState, int numSkillGroups, int mrdId, long numTasks,
                                  int agentMode, long maxTaskLimit, int icmAgentId, long agentAvailabilityStatus,
                                  int departmentId, String agentId, String agentExtension, String agentInstrument,
                                  List<SkillGroupEntry> skillGroups, Integer internalAgentState,
                                  Long maxBeyondTaskLimit) implements InvokedMessage {

    public QueryAgentStateConf {
        skillGroups = List.copyOf(skillGroups);
    }

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_AGENT_STATE_CONF;
    }
}
