package org.ctios.protocol.codec;

import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.SkillGroupEntry;

/** Codecs of the agent messages. */
final class AgentCodecs {

    private AgentCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.AGENT_STATE_EVENT, new AgentStateEventCodec());
    }

    /** Collects the repeated SkillGroupNumber/ID/Priority/State group (tags 62 to 65). */
    static RepeatedGroup<SkillGroupEntry> skillGroupGroup() {
        return new RepeatedGroup<>(4,
                m -> new SkillGroupEntry((Long) m[0], (Long) m[1], (Integer) m[2], (Integer) m[3]));
    }

    /** Reads a member of the skill-group group into {@code group}; false when the current field is not one. */
    static boolean readSkillGroupMember(BodyReader in, RepeatedGroup<SkillGroupEntry> group) throws ProtocolException {
        switch (in.tag()) {
            case Tag.SKILL_GROUP_NUMBER -> group.put(0, in.uintField());
            case Tag.SKILL_GROUP_ID -> group.put(1, in.uintField());
            case Tag.SKILL_GROUP_PRIORITY -> group.put(2, in.ushortField());
            case Tag.SKILL_GROUP_STATE -> group.put(3, in.ushortField());
            default -> {
                return false;
            }
        }
        return true;
    }

    static void writeSkillGroups(Iterable<SkillGroupEntry> entries, BodyWriter out) throws ProtocolException {
        for (SkillGroupEntry entry : entries) {
            out.uintField(Tag.SKILL_GROUP_NUMBER, entry.skillGroupNumber());
            out.uintField(Tag.SKILL_GROUP_ID, entry.skillGroupId());
            out.ushortField(Tag.SKILL_GROUP_PRIORITY, entry.skillGroupPriority());
            out.ushortField(Tag.SKILL_GROUP_STATE, entry.skillGroupState());
        }
    }

    static final class AgentStateEventCodec implements MessageBodyCodec<AgentStateEvent> {
        @Override
        public AgentStateEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            long sessionId = in.uint();
            int peripheralType = in.ushort();
            int skillGroupState = in.ushort();
            long stateDuration = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int agentState = in.ushort();
            int eventReasonCode = in.ushort();
            int mrdId = in.int32();
            long numTasks = in.uint();
            int agentMode = in.ushort();
            long maxTaskLimit = in.uint();
            int icmAgentId = in.int32();
            long availabilityStatus = in.uint();
            int numFltSkillGroups = in.ushort();
            int departmentId = in.int32();
            String signature = null;
            String agentId = null;
            String agentExtension = null;
            String activeTerminal = null;
            String agentInstrument = null;
            Long duration = null;
            Integer nextAgentState = null;
            Long direction = null;
            Long maxBeyondTaskLimit = null;
            RepeatedGroup<SkillGroupEntry> skillGroups = skillGroupGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CLIENT_SIGNATURE -> signature = in.string(64);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.ACTIVE_TERMINAL -> activeTerminal = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.DURATION -> duration = in.uintField();
                    case Tag.NEXT_AGENT_STATE -> nextAgentState = in.ushortField();
                    case Tag.DIRECTION -> direction = in.uintField();
                    case Tag.MAX_BEYOND_TASK_LIMIT -> maxBeyondTaskLimit = in.uintField();
                    default -> {
                        if (!readSkillGroupMember(in, skillGroups)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new AgentStateEvent(monitorId, peripheralId, sessionId, peripheralType, skillGroupState,
                    stateDuration, skillGroupNumber, skillGroupId, skillGroupPriority, agentState, eventReasonCode,
                    mrdId, numTasks, agentMode, maxTaskLimit, icmAgentId, availabilityStatus, numFltSkillGroups,
                    departmentId, signature, agentId, agentExtension, activeTerminal, agentInstrument, duration,
                    nextAgentState, direction, skillGroups.entries(), maxBeyondTaskLimit);
        }

        @Override
        public void encode(AgentStateEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.uint(m.sessionId());
            out.ushort(m.peripheralType());
            out.ushort(m.skillGroupState());
            out.uint(m.stateDuration());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.agentState());
            out.ushort(m.eventReasonCode());
            out.int32(m.mrdId());
            out.uint(m.numTasks());
            out.ushort(m.agentMode());
            out.uint(m.maxTaskLimit());
            out.int32(m.icmAgentId());
            out.uint(m.agentAvailabilityStatus());
            out.ushort(m.numFltSkillGroups());
            out.int32(m.departmentId());
            out.string(Tag.CLIENT_SIGNATURE, m.ctiClientSignature(), 64);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.ACTIVE_TERMINAL, m.activeTerminal(), 64);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.uintField(Tag.DURATION, m.duration());
            out.ushortField(Tag.NEXT_AGENT_STATE, m.nextAgentState());
            out.uintField(Tag.DIRECTION, m.direction());
            writeSkillGroups(m.fltSkillGroups(), out);
            out.uintField(Tag.MAX_BEYOND_TASK_LIMIT, m.maxBeyondTaskLimit());
        }
    }
}
