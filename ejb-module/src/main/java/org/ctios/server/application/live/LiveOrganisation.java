package org.ctios.server.application.live;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The skill groups and teams as configured, read with the rest of the model. */
public record LiveOrganisation(Map<Long, SkillGroupInfo> skillGroups, Map<Integer, TeamInfo> teams) {

    /** A configured skill group. */
    public record SkillGroupInfo(long number, Long skillGroupId, String name) {
    }

    /** A configured team and the agent who supervises it (null when none). */
    public record TeamInfo(int teamId, String name, String supervisorId) {
    }

    public static final LiveOrganisation NONE = new LiveOrganisation(Map.of(), Map.of());

    public LiveOrganisation {
        skillGroups = Collections.unmodifiableMap(new TreeMap<>(skillGroups));
        teams = Collections.unmodifiableMap(new TreeMap<>(teams));
    }

    public static LiveOrganisation of(List<SkillGroupInfo> skillGroups, List<TeamInfo> teams) {
        Map<Long, SkillGroupInfo> groups = new TreeMap<>();
        skillGroups.forEach(group -> groups.put(group.number(), group));
        Map<Integer, TeamInfo> byId = new TreeMap<>();
        teams.forEach(team -> byId.put(team.teamId(), team));
        return new LiveOrganisation(groups, byId);
    }

    public Optional<SkillGroupInfo> skillGroup(long number) {
        return Optional.ofNullable(skillGroups.get(number));
    }

    public Optional<TeamInfo> team(int teamId) {
        return Optional.ofNullable(teams.get(teamId));
    }
}
