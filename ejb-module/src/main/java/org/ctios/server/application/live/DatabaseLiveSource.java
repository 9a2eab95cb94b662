package org.ctios.server.application.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.organisation.Organisation;
import org.ctios.server.domain.statistics.SkillGroupStatistics;

/**
 * Reads the live model from the database in one transaction: the organisation, every agent with its skill groups,
 * every call in progress with its parties, and the skill groups' calls ended today, with a few queries whatever the
 * contact centre's size.
 */
@ApplicationScoped
@Transactional
public class DatabaseLiveSource implements LiveSource {

    private Organisation organisation;
    private AgentRepository agents;
    private CallRepository calls;
    private SkillGroupStatistics statistics;

    /** For the container's proxy. */
    protected DatabaseLiveSource() {
    }

    @Inject
    public DatabaseLiveSource(Organisation organisation, AgentRepository agents, CallRepository calls,
                              SkillGroupStatistics statistics) {
        this.organisation = organisation;
        this.agents = agents;
        this.calls = calls;
        this.statistics = statistics;
    }

    @Override
    public Contents read(ZonedDateTime startOfDay) {
        LiveOrganisation configured = LiveOrganisation.of(
                organisation.skillGroups().stream().map(group -> new LiveOrganisation.SkillGroupInfo(group.number(),
                        group.skillGroupId(), group.name())).toList(),
                organisation.teams().stream().map(team -> new LiveOrganisation.TeamInfo(team.teamId(), team.name(),
                        team.supervisorId())).toList());
        List<LiveAgent> liveAgents = agents.findAll().stream().map(LiveAgent::of).toList();
        List<LiveCall> liveCalls = calls.findAll().stream().map(LiveCall::of).toList();
        LocalDate day = startOfDay.toLocalDate();
        Map<Long, DayTally> today = new HashMap<>();
        statistics.endedSince(startOfDay.toInstant()).forEach((group, counts) -> today.put(group, new DayTally(day,
                counts.handled(), counts.totalHandleTime().toMillis(), counts.abandoned())));
        return new Contents(configured, liveAgents, liveCalls, today);
    }
}
