package org.ctios.server.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.ctios.protocol.types.AgentState;

/** An agent's membership of a skill group and its state there. */
@Embeddable
public class AgentSkillGroup {

    @Column(name = "skill_group_number", nullable = false)
    private long skillGroupNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20)
    private AgentState state;

    protected AgentSkillGroup() {
        // for JPA
    }

    public AgentSkillGroup(long skillGroupNumber, AgentState state) {
        this.skillGroupNumber = skillGroupNumber;
        this.state = state;
    }

    public long skillGroupNumber() {
        return skillGroupNumber;
    }

    /** The agent's state in this group, or {@code null} before any event said. */
    public AgentState state() {
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentSkillGroup group && group.skillGroupNumber == skillGroupNumber
                && group.state == state;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skillGroupNumber, state);
    }
}
