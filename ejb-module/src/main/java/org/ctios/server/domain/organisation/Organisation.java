package org.ctios.server.domain.organisation;

import java.util.List;
import java.util.Optional;

/** The configured skill groups and teams. */
public interface Organisation {

    List<SkillGroup> skillGroups();

    Optional<SkillGroup> skillGroup(long number);

    List<Team> teams();

    Optional<Team> team(int teamId);

    /** Adds a team the organisation did not have (one the CTI Server reported). */
    void add(Team team);
}
