package org.ctios.protocol.types;

/**
 * One entry of a repeated skill-group floating group (tags 62 SkillGroupNumber, 63 SkillGroupID,
 * 64 SkillGroupPriority, 65 SkillGroupState). Which members a message sends depends on the message; an absent
 * member is {@code null}, so what was received is what is re-encoded.
 */
public record SkillGroupEntry(Long skillGroupNumber, Long skillGroupId, Integer skillGroupPriority,
                              Integer skillGroupState) {

    /** An entry with all four members. */
    public static SkillGroupEntry of(long number, long id, int priority, int state) {
        return new SkillGroupEntry(number, id, priority, state);
    }
}
