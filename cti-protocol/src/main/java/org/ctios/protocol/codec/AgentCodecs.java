package org.ctios.protocol.codec;

import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.types.SkillGroupEntry;

/** Codecs of the agent messages. */
final class AgentCodecs {

    private AgentCodecs() {
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
}
