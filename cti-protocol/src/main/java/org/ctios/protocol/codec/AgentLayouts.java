package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;

/** Layouts of AGENT_STATE_EVENT and of the agent state requests with their confirmations. */
final class AgentLayouts {

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.AGENT_STATE_EVENT, AgentStateEvent.class)
                    .u32("monitorId").u32("peripheralId").u32("sessionId").u16("peripheralType").u16("skillGroupState")
                    .u32("stateDuration").u32("skillGroupNumber").u32("skillGroupId").u16("skillGroupPriority")
                    .u16("agentState").u16("eventReasonCode").int32("mrdId").u32("numTasks").u16("agentMode")
                    .u32("maxTaskLimit").int32("icmAgentId").u32("agentAvailabilityStatus").u16("numFltSkillGroups")
                    .int32("departmentId")
                    .string("ctiClientSignature", Tag.CLIENT_SIGNATURE, 64).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16)
                    .string("activeTerminal", Tag.ACTIVE_TERMINAL, 64)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).u32("duration", Tag.DURATION)
                    .u16("nextAgentState", Tag.NEXT_AGENT_STATE).u32("direction", Tag.DIRECTION)
                    .group("fltSkillGroups", Groups.SKILL_GROUP).u32("maxBeyondTaskLimit", Tag.MAX_BEYOND_TASK_LIMIT),
            Layout.of(MessageType.QUERY_AGENT_STATE_REQ, QueryAgentStateReq.class)
                    .u32("invokeId").u32("peripheralId").int32("mrdId").int32("icmAgentId")
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.of(MessageType.QUERY_AGENT_STATE_CONF, QueryAgentStateConf.class)
                    .u32("invokeId").u16("agentState").u16("numSkillGroups").int32("mrdId").u32("numTasks")
                    .u16("agentMode").u32("maxTaskLimit").int32("icmAgentId").u32("agentAvailabilityStatus")
                    .int32("departmentId")
                    .string("agentId", Tag.AGENT_ID, 12).string("agentExtension", Tag.AGENT_EXTENSION, 16)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).group("skillGroups", Groups.SKILL_GROUP)
                    .u16("internalAgentState", Tag.INTERNAL_AGENT_STATE)
                    .u32("maxBeyondTaskLimit", Tag.MAX_BEYOND_TASK_LIMIT),
            // Fixed part 21 bytes as the guide's field table adds up (ForcedFlag one UCHAR, not the sheet's 25);
            // SSOEnabled, whose type the guide leaves blank, a USHORT as in the version 20 codec.
            Layout.of(MessageType.SET_AGENT_STATE_REQ, SetAgentStateReq.class)
                    .u32("invokeId").u32("peripheralId").u16("agentState").u16("agentWorkMode").u16("numSkillGroups")
                    .u16("eventReasonCode").uchar("forcedFlag").u32("agentServiceReq")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).required("AgentInstrument")
                    .string("activeTerminal", Tag.ACTIVE_TERMINAL, 64).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentPassword", Tag.AGENT_PASSWORD, 64).string("positionId", Tag.POSITION_ID, 12)
                    .string("supervisorId", Tag.SUPERVISOR_ID, 12).u16("ssoEnabled", Tag.SSO_ENABLED)
                    .group("skillGroups", Groups.SKILL_GROUP),
            Layout.invokeIdOnly(MessageType.SET_AGENT_STATE_CONF, SetAgentStateConf.class));
}
