package org.ctios.protocol.codec;

import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.types.SkillGroupEntry;

/** Codecs of the agent state requests and their confirmations. */
final class AgentControlCodecs {

    private AgentControlCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.QUERY_AGENT_STATE_REQ, new QueryAgentStateReqCodec());
        table.put(MessageType.QUERY_AGENT_STATE_CONF, new QueryAgentStateConfCodec());
        table.put(MessageType.SET_AGENT_STATE_REQ, new SetAgentStateReqCodec());
        table.put(MessageType.SET_AGENT_STATE_CONF, new InvokeIdOnlyCodec<>(SetAgentStateConf::new));
    }

    static final class QueryAgentStateReqCodec implements MessageBodyCodec<QueryAgentStateReq> {
        @Override
        public QueryAgentStateReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int mrdId = in.int32();
            int icmAgentId = in.int32();
            String agentExtension = null;
            String agentId = null;
            String agentInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new QueryAgentStateReq(
                    invokeId, peripheralId, mrdId, icmAgentId, agentExtension, agentId, agentInstrument);
        }

        @Override
        public void encode(QueryAgentStateReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.int32(m.mrdId());
            out.int32(m.icmAgentId());
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
        }
    }

    static final class QueryAgentStateConfCodec implements MessageBodyCodec<QueryAgentStateConf> {
        @Override
        public QueryAgentStateConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            int agentState = in.ushort();
            int numSkillGroups = in.ushort();
            int mrdId = in.int32();
            long numTasks = in.uint();
            int agentMode = in.ushort();
            long maxTaskLimit = in.uint();
            int icmAgentId = in.int32();
            long agentAvailabilityStatus = in.uint();
            int departmentId = in.int32();
            String agentId = null;
            String agentExtension = null;
            String agentInstrument = null;
            RepeatedGroup<SkillGroupEntry> skillGroups = AgentCodecs.skillGroupGroup();
            Integer internalAgentState = null;
            Long maxBeyondTaskLimit = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.INTERNAL_AGENT_STATE -> internalAgentState = in.ushortField();
                    case Tag.MAX_BEYOND_TASK_LIMIT -> maxBeyondTaskLimit = in.uintField();
                    default -> {
                        if (!AgentCodecs.readSkillGroupMember(in, skillGroups)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new QueryAgentStateConf(
                    invokeId, agentState, numSkillGroups, mrdId, numTasks, agentMode, maxTaskLimit, icmAgentId,
                    agentAvailabilityStatus, departmentId, agentId, agentExtension, agentInstrument,
                    skillGroups.entries(), internalAgentState, maxBeyondTaskLimit);
        }

        @Override
        public void encode(QueryAgentStateConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.ushort(m.agentState());
            out.ushort(m.numSkillGroups());
            out.int32(m.mrdId());
            out.uint(m.numTasks());
            out.ushort(m.agentMode());
            out.uint(m.maxTaskLimit());
            out.int32(m.icmAgentId());
            out.uint(m.agentAvailabilityStatus());
            out.int32(m.departmentId());
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            AgentCodecs.writeSkillGroups(m.skillGroups(), out);
            out.ushortField(Tag.INTERNAL_AGENT_STATE, m.internalAgentState());
            out.uintField(Tag.MAX_BEYOND_TASK_LIMIT, m.maxBeyondTaskLimit());
        }
    }

    static final class SetAgentStateReqCodec implements MessageBodyCodec<SetAgentStateReq> {
        @Override
        public SetAgentStateReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int agentState = in.ushort();
            int agentWorkMode = in.ushort();
            int numSkillGroups = in.ushort();
            int eventReasonCode = in.ushort();
            int forcedFlag = in.uchar();
            long agentServiceReq = in.uint();
            String agentInstrument = null;
            String activeTerminal = null;
            String agentId = null;
            String agentPassword = null;
            String positionId = null;
            String supervisorId = null;
            Integer ssoEnabled = null;
            RepeatedGroup<SkillGroupEntry> skillGroups = AgentCodecs.skillGroupGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.ACTIVE_TERMINAL -> activeTerminal = in.string(64);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_PASSWORD -> agentPassword = in.string(64);
                    case Tag.POSITION_ID -> positionId = in.string(12);
                    case Tag.SUPERVISOR_ID -> supervisorId = in.string(12);
                    case Tag.SSO_ENABLED -> ssoEnabled = in.ushortField();
                    default -> {
                        if (!AgentCodecs.readSkillGroupMember(in, skillGroups)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new SetAgentStateReq(
                    invokeId, peripheralId, agentState, agentWorkMode, numSkillGroups, eventReasonCode, forcedFlag,
                    agentServiceReq, in.require(agentInstrument, "AgentInstrument"), activeTerminal, agentId,
                    agentPassword, positionId, supervisorId, ssoEnabled, skillGroups.entries());
        }

        @Override
        public void encode(SetAgentStateReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.ushort(m.agentState());
            out.ushort(m.agentWorkMode());
            out.ushort(m.numSkillGroups());
            out.ushort(m.eventReasonCode());
            out.uchar(m.forcedFlag());
            out.uint(m.agentServiceReq());
            out.requiredString(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64, "AgentInstrument");
            out.string(Tag.ACTIVE_TERMINAL, m.activeTerminal(), 64);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_PASSWORD, m.agentPassword(), 64);
            out.string(Tag.POSITION_ID, m.positionId(), 12);
            out.string(Tag.SUPERVISOR_ID, m.supervisorId(), 12);
            out.ushortField(Tag.SSO_ENABLED, m.ssoEnabled());
            AgentCodecs.writeSkillGroups(m.skillGroups(), out);
        }
    }
}
