package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ctios.server.application.view.SkillGroupView;
import org.ctios.server.domain.organisation.Organisation;
import org.ctios.server.domain.organisation.SkillGroup;
import org.ctios.server.domain.statistics.SkillGroupFigures;
import org.ctios.server.domain.statistics.SkillGroupStatistics;

/**
 * The skill groups with live statistics, computed from the agents, the calls in progress and today's history when
 * asked: always consistent with the model, and costing nothing while nobody asks.
 */
@ApplicationScoped
@Transactional
public class SkillGroupQueries {

    private Organisation organisation;
    private SkillGroupStatistics statistics;
    private Clock clock;

    /** For the container's proxy. */
    protected SkillGroupQueries() {
    }

    @Inject
    public SkillGroupQueries(Organisation organisation, SkillGroupStatistics statistics) {
        this(organisation, statistics, Clock.systemDefaultZone());
    }

    public SkillGroupQueries(Organisation organisation, SkillGroupStatistics statistics, Clock clock) {
        this.organisation = organisation;
        this.statistics = statistics;
        this.clock = clock;
    }

    public List<SkillGroupView> all() {
        return organisation.skillGroups().stream().map(this::view).toList();
    }

    public Optional<SkillGroupView> byNumber(long number) {
        return organisation.skillGroup(number).map(this::view);
    }

    /** These skill groups (those that exist), by number, read in one transaction. */
    public List<SkillGroupView> byNumbers(Collection<Long> numbers) {
        return numbers.stream().sorted().distinct().map(organisation::skillGroup).flatMap(Optional::stream)
                .map(this::view).toList();
    }

    private SkillGroupView view(SkillGroup group) {
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        SkillGroupFigures figures = statistics.of(group.number(), startOfDay);
        Duration longestQueued = figures.oldestQueuedAt() == null ? Duration.ZERO
                : Duration.between(figures.oldestQueuedAt(), now);
        return new SkillGroupView(group.number(), group.skillGroupId(), group.name(), figures.members(),
                figures.loggedIn(), figures.available(), figures.notReady(), figures.talking(), figures.wrapUp(),
                figures.callsQueued(), longestQueued.isNegative() ? Duration.ZERO : longestQueued,
                figures.handledSince(), figures.abandonedSince(), figures.averageHandleTime());
    }
}
