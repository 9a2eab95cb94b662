package org.ctios.server.application.skillgroupstatistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.SkillGroupSwitchFigures;
import org.ctios.server.api.view.SkillGroupSwitchReading;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.SkillGroupQueries;
import org.ctios.server.application.readings.SharedReadings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link SkillGroupSwitchFigures} over the CTI gateway, through the same {@link SharedReadings} as agents'
 * statistics. Nothing here polls: a GET of the skill groups and the event streams' refresher (only while a stream is
 * open) read, and the switch is asked at most once per group per {@code ctios.skill-group-statistics.switch-interval}
 * however many read, since the query shares the one link with every other request.
 */
@ApplicationScoped
public class SkillGroupSwitchFiguresService implements SkillGroupSwitchFigures {

    private LongPredicate knownGroup;
    private InstantSource clock;
    private Duration interval;
    private SharedReadings<SkillGroupStatistics> readings;

    /** For the container's proxy. */
    protected SkillGroupSwitchFiguresService() {
    }

    @Inject
    public SkillGroupSwitchFiguresService(
            SkillGroupQueries skillGroups, CtiGateway control,
            @ConfigProperty(name = "ctios.skill-group-statistics.switch-interval", defaultValue = "PT10S")
            Duration interval,
            @ConfigProperty(name = "ctios.skill-group-statistics.switch-wait", defaultValue = "PT5S") Duration wait) {
        this(number -> skillGroups.byNumber(number).isPresent(), control::skillGroupStatistics, interval, wait,
                Clock.systemUTC());
    }

    SkillGroupSwitchFiguresService(LongPredicate knownGroup, LongFunction<SkillGroupStatistics> query,
                                   Duration interval, Duration wait, InstantSource clock) {
        this.knownGroup = knownGroup;
        this.clock = clock;
        this.interval = interval;
        this.readings = new SharedReadings<>(interval, wait, clock, number -> query.apply(Long.parseLong(number)));
    }

    @Override
    public Optional<SkillGroupSwitchReading> read(long skillGroupNumber) {
        // only known groups get a slot, which keeps the readings bounded by the organisation
        if (!knownGroup.test(skillGroupNumber)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reading(skillGroupNumber, readings.read(String.valueOf(skillGroupNumber))));
        } catch (ServerBusyException e) {
            return Optional.of(new SkillGroupSwitchReading(skillGroupNumber, clock.instant(), null,
                    e.getMessage()));
        }
    }

    @Override
    public Optional<SkillGroupSwitchReading> lastRead(long skillGroupNumber) {
        return readings.last(String.valueOf(skillGroupNumber)).map(last -> reading(skillGroupNumber, last));
    }

    @Override
    public Duration refreshInterval() {
        return interval;
    }

    private static SkillGroupSwitchReading reading(long number, SharedReadings.Reading<SkillGroupStatistics> reading) {
        if (reading.failure() != null) {
            String reason = reading.failure().getMessage();
            return new SkillGroupSwitchReading(number, reading.at(), null,
                    reason == null ? reading.failure().getClass().getSimpleName() : reason);
        }
        return new SkillGroupSwitchReading(number, reading.at(), reading.value(), null);
    }
}
