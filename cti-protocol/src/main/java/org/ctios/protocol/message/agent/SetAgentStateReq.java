package org.ctios.protocol.message.agent;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.SkillGroupEntry;

/**
 * SET_AGENT_STATE_REQ (38): Changes an agent's state: login (with password), logout or not ready with a reason
 * code, ready, wrap-up. Decision: the fixed part is 21 bytes as the field table adds up (ForcedFlag is one UCHAR;
 * the guide's note saying 25 does not match its own table), and SSOEnabled is a USHORT as in the version 20 codec.
 *
 * <p>The fixed part's count fields (numSkillGroups) are kept as sent; the lists hold what the floating part carried.
 */
public record SetAgentStateReq(long invokeId, long peripheralId, int agentState, int agentWorkMode,
                               int numSkillGroups, int eventReasonCode, int forcedFlag, long agentServiceReq,
                               String agentInstrument, String activeTerminal, String agentId, String agentPassword,
                               String positionId, String supervisorId, Integer ssoEnabled,
                               List<SkillGroupEntry> skillGroups) implements InvokedMessage {

    public SetAgentStateReq {
        skillGroups = List.copyOf(skillGroups);
    }

    /** Like the record's own, with the password masked: requests end up in logs. */
    @Override
    public String toString() {
        return "SetAgentStateReq[invokeId=" + invokeId + ", agentId=" + agentId + ", agentState=" + agentState
                + ", eventReasonCode=" + eventReasonCode + ", agentInstrument=" + agentInstrument + ", agentPassword="
                + (agentPassword == null ? null : "****") + ", skillGroups=" + skillGroups + "]";
    }

    @Override
    public MessageType messageType() {
        return MessageType.SET_AGENT_STATE_REQ;
    }
}
