package org.ctios.server.application.wrapup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.WrapUpReason;

/**
 * The wrap-up reasons of this deployment: a global list, and teams' own lists. A team with a list of its own is
 * offered that list only (it replaces the global one, it does not add to it); every other team, and an agent in no
 * team, the global one.
 */
public final class WrapUpCatalogue {

    private final List<WrapUpReason> global;
    private final Map<Integer, List<WrapUpReason>> teams;

    public WrapUpCatalogue(List<WrapUpReason> global, Map<Integer, List<WrapUpReason>> teams) {
        this.global = List.copyOf(global);
        this.teams = Map.copyOf(teams);
    }

    /** The list of that team ({@code null}: no team), in the configured order. */
    public List<WrapUpReason> forTeam(Integer teamId) {
        return teamId == null ? global : teams.getOrDefault(teamId, global);
    }

    /** The reason with that code in that team's list. */
    public Optional<WrapUpReason> find(Integer teamId, String code) {
        return forTeam(teamId).stream().filter(reason -> reason.code().equals(code)).findFirst();
    }
}
