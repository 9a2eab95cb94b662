package org.ctios.server.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A skill group as configured: its number on the peripheral, its ICM id and its name. */
@Entity
@Table(name = "skill_group")
public class SkillGroup {

    @Id
    @Column(name = "skill_group_number")
    private long number;

    @Column(name = "skill_group_id")
    private Long skillGroupId;

    @Column(name = "name", length = 64, nullable = false)
    private String name;

    protected SkillGroup() {
        // for JPA
    }

    public SkillGroup(long number, Long skillGroupId, String name) {
        this.number = number;
        this.skillGroupId = skillGroupId;
        this.name = Objects.requireNonNull(name, "name");
    }

    public void rename(Long newSkillGroupId, String newName) {
        this.skillGroupId = newSkillGroupId;
        this.name = Objects.requireNonNull(newName, "name");
    }

    public long number() {
        return number;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }

    public String name() {
        return name;
    }
}
