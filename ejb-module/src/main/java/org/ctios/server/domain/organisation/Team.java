package org.ctios.server.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** An agent team and the agent who supervises it. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @Column(name = "team_id")
    private int teamId;

    @Column(name = "name", length = 64, nullable = false)
    private String name;

    @Column(name = "supervisor_id", length = 12)
    private String supervisorId;

    protected Team() {
        // for JPA
    }

    public Team(int teamId, String name, String supervisorId) {
        this.teamId = teamId;
        this.name = Objects.requireNonNull(name, "name");
        this.supervisorId = supervisorId;
    }

    public void rename(String newName, String newSupervisorId) {
        this.name = Objects.requireNonNull(newName, "name");
        this.supervisorId = newSupervisorId;
    }

    public int teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public String supervisorId() {
        return supervisorId;
    }
}
