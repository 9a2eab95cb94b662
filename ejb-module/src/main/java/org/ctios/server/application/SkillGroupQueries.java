package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.SkillGroupReads;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;

/**
 * The configured skill groups with their live statistics, from the live model's tallies (agents by state, the
 * queue, the day's ended calls): no database access; the queue's longest wait is taken at the moment of asking.
 */
@ApplicationScoped
public class SkillGroupQueries implements SkillGroupReads {

    private LiveModel live;

    /** For the container's proxy. */
    protected SkillGroupQueries() {
    }

    @Inject
    public SkillGroupQueries(LiveModel live) {
        this.live = live;
    }

    @Override
    public List<SkillGroupView> all() {
        Clock clock = live.clock();
        return live.current().skillGroups(clock.instant(), clock.getZone());
    }

    @Override
    public Optional<SkillGroupView> byNumber(long number) {
        Clock clock = live.clock();
        return live.current().skillGroup(number, clock.instant(), clock.getZone());
    }

    /** These skill groups (those configured), by number, from one version. */
    @Override
    public List<SkillGroupView> byNumbers(Collection<Long> numbers) {
        Clock clock = live.clock();
        LiveState state = live.current();
        return numbers.stream().sorted().distinct()
                .map(number -> state.skillGroup(number, clock.instant(), clock.getZone()))
                .flatMap(Optional::stream).toList();
    }
}
