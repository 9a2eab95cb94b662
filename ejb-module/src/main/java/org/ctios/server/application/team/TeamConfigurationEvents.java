package org.ctios.server.application.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.organisation.Organisation;
import org.ctios.server.domain.organisation.Team;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the CTI Server's team configuration (AGENT_TEAM_CONFIG_EVENT) in the delivery's transaction, unless
 * {@code ctios.teams.source} is {@code organisation}: members listed as joining or as the whole team move to the
 * team (an agent belongs to one team, so joining one leaves the other), members listed as leaving leave it; the
 * member flagged supervisor becomes the team's supervisor (its own team stays as it is), and a team the organisation
 * lacked is added. The whole team's list does not take out the agents it does not name: a team of more than 64 comes
 * as that list and further additions, and no message says which is the last. What the switch does not mention stays
 * as the organisation import left it. Agents the organisation does not know are not created: the switch's team event
 * carries no extension or skill group to create them with.
 *
 * <p>A change of membership or supervisor asks the live model to be read again with every event stream restarted
 * from a snapshot: an agent leaving a team must leave that team's streams too, and a team's supervisors are part of
 * the organisation the model holds. Team changes are an administrator's, rare; an unchanged team (the same
 * configuration read again at a resynchronisation) changes nothing.
 */
@ApplicationScoped
public class TeamConfigurationEvents {

    private static final Logger LOG = Logger.getLogger(TeamConfigurationEvents.class.getName());

    private AgentRepository agents;
    private Organisation organisation;
    private TeamsSource source;

    /** For the container's proxy. */
    protected TeamConfigurationEvents() {
    }

    @Inject
    public TeamConfigurationEvents(AgentRepository agents, Organisation organisation,
                                   @ConfigProperty(name = "ctios.teams.source", defaultValue = "switch")
                                   String source) {
        this.agents = agents;
        this.organisation = organisation;
        this.source = TeamsSource.of(source);
    }

    public void apply(TeamConfigured event, LiveChange change) {
        if (source == TeamsSource.ORGANISATION || event.operation() == null) {
            LOG.fine(() -> "team configuration of team " + event.teamId() + " not applied (" + source + ", "
                    + event.operation() + ")");
            return;
        }
        if (event.teamId() > Integer.MAX_VALUE) {
            LOG.warning("team " + event.teamId() + " reported by the CTI Server is beyond the teams' numbering");
            return;
        }
        int teamId = (int) event.teamId();
        boolean changed = team(teamId, event);
        Set<String> listed = new HashSet<>();
        for (TeamConfigured.Member member : event.members()) {
            listed.add(member.agentId());
            Optional<Agent> agent = member.supervisor() ? Optional.empty() : agents.find(member.agentId());
            if (agent.isPresent()) {
                Integer target = event.operation() != ConfigOperation.REMOVE_AGENT ? Integer.valueOf(teamId)
                        : Objects.equals(agent.get().teamId(), teamId) ? null : agent.get().teamId();
                changed |= moved(agent.get(), target, change);
            }
        }
        if (changed) {
            LOG.info("team " + teamId + " configured by the CTI Server (" + event.operation() + " "
                    + listed + "); the live model is read again");
            change.organisationChanged();
        }
    }

    /** The team, added if new; its name and supervisor as the event gives them. True if anything changed. */
    private boolean team(int teamId, TeamConfigured event) {
        Optional<Team> known = organisation.team(teamId);
        Optional<String> supervisor = event.members().stream().filter(TeamConfigured.Member::supervisor)
                .map(TeamConfigured.Member::agentId).findFirst();
        String name = event.teamName() != null && !event.teamName().isBlank() ? event.teamName()
                : known.map(Team::name).orElse("Team " + teamId);
        if (known.isEmpty()) {
            organisation.add(new Team(teamId, name, event.operation() == ConfigOperation.REMOVE_AGENT ? null
                    : supervisor.orElse(null)));
            return true;
        }
        Team team = known.get();
        String newSupervisor = team.supervisorId();
        if (supervisor.isPresent()) {
            newSupervisor = event.operation() == ConfigOperation.REMOVE_AGENT
                    ? (supervisor.get().equals(team.supervisorId()) ? null : team.supervisorId())
                    : supervisor.get();
        }
        if (name.equals(team.name()) && Objects.equals(newSupervisor, team.supervisorId())) {
            return false;
        }
        team.rename(name, newSupervisor);
        return true;
    }

    private static boolean moved(Agent agent, Integer teamId, LiveChange change) {
        if (!agent.joinTeam(teamId)) {
            return false;
        }
        change.agent(agent);
        return true;
    }
}
