package org.ctios.protocol.message.agent;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.SkillGroupEntry;

/**
 * AGENT_STATE_EVENT (30): an agent's state changed, overall ({@code agentState}) and in one skill group
 * ({@code skillGroupState} for the group in the fixed part), with the other groups in {@code fltSkillGroups}.
 *
 * @param agentState      an {@link org.ctios.protocol.types.AgentState} value
 * @param eventReasonCode the not-ready or logout reason code (0 when none)
 * @param numFltSkillGroups the NumFltSkillGroups field as sent (0: only the fixed-part group applies)
 * @param ctiClientSignature the CTIClientSignature (tag 3) of the client that caused the change, if any
 * @param activeTerminal  FltTermDeviceName (tag 303), newer than protocol version 20
 */
public record AgentStateEvent(long monitorId, long peripheralId, long sessionId, int peripheralType,
                              int skillGroupState, long stateDuration, long skillGroupNumber, long skillGroupId,
                              int skillGroupPriority, int agentState, int eventReasonCode, int mrdId, long numTasks,
                              int agentMode, long maxTaskLimit, int icmAgentId, long agentAvailabilityStatus,
                              int numFltSkillGroups, int departmentId,
                              String ctiClientSignature, String agentId, String agentExtension,
                              String activeTerminal, String agentInstrument, Long duration, Integer nextAgentState,
                              Long direction, List<SkillGroupEntry> fltSkillGroups, Long maxBeyondTaskLimit)
        implements CtiMessage {

    public AgentStateEvent {
        fltSkillGroups = List.copyOf(fltSkillGroups);
    }

    @Override
    public MessageType messageType() {
        return MessageType.AGENT_STATE_EVENT;
    }
}
