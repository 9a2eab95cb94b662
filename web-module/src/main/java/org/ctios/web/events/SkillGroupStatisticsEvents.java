package org.ctios.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.events.LiveUpdates;
import org.ctios.server.api.SkillGroupReads;
import org.ctios.server.api.SkillGroupSwitchFigures;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.web.representation.SkillGroupRepresentation;
import org.ctios.web.representation.SwitchSkillGroupFiguresRepresentation;

/**
 * Streams skill-group statistics as {@code SkillGroupStatistics} events: the object server's notices only mark the
 * groups changed (they never enter the notice queue), and a timer sends each changed group's figures at most once
 * per {@code ctios.events.statistics-interval} ({@link StatisticsThrottle}), read from the live model when they are
 * sent. The figures are
 * a skill group's, not an agent's: agent-mode streams do not receive them (see web-module/README.md); team-mode and
 * monitor-mode streams do, through their filter. The timer reads while any stream is open, whatever its mode.
 *
 * <p>Each event carries the switch's own figures beside ours as last read ({@link SkillGroupSwitchFigures#lastRead},
 * which never waits). A second timer keeps them fresh for the groups a stream would receive, and for those only: once
 * per switch interval it reads them (the shared reading asks the switch when it is older than the interval) and marks
 * a group changed when the switch answered anew, so that its event follows. It has a thread of its own, so a slow
 * switch never holds up the figures computed here.
 */
@ApplicationScoped
public class SkillGroupStatisticsEvents {

    static final String EVENT = "SkillGroupStatistics";

    private static final Logger LOG = Logger.getLogger(SkillGroupStatisticsEvents.class.getName());
    /** Skill groups with changes waiting at once; far more than a contact centre has. */
    private static final int MAX_GROUPS = 10_000;
    /** How often the timer looks for due groups, as a share of the interval (and at most this often). */
    private static final int TICKS_PER_INTERVAL = 10;
    private static final long MIN_TICK_MILLIS = 20;

    @Inject
    private EventStreamSettings settings;

    @Inject
    private EventStreams streams;

    @Inject
    private SkillGroupReads skillGroups;

    @Inject
    private LiveUpdates live;

    @Inject
    private SkillGroupSwitchFigures switchFigures;

    /** When the switch answered for each group, as last streamed: bounded by the organisation's groups. */
    private final Map<Long, Instant> switchReadStreamed = new ConcurrentHashMap<>();
    private ScheduledExecutorService switchRefresher;

    private final LiveUpdates.Listener listener = this::changed;

    @Resource
    private ManagedThreadFactory threads;

    private final Jsonb json = JsonbBuilder.create();
    private StatisticsThrottle throttle;
    private ScheduledExecutorService timer;

    /** Starts with the application, so that the timer runs before the first notice. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.fine(() -> "skill group statistics events every " + settings.statisticsInterval() + " at most");
    }

    @PostConstruct
    void start() {
        Duration interval = settings.statisticsInterval();
        throttle = new StatisticsThrottle(interval, MAX_GROUPS);
        long tick = Math.max(MIN_TICK_MILLIS, interval.toMillis() / TICKS_PER_INTERVAL);
        timer = Executors.newSingleThreadScheduledExecutor(threads);
        timer.scheduleWithFixedDelay(this::sendDue, tick, tick, TimeUnit.MILLISECONDS);
        live.subscribe(listener);
        long refresh = switchFigures.refreshInterval().toMillis();
        switchRefresher = Executors.newSingleThreadScheduledExecutor(threads);
        switchRefresher.scheduleWithFixedDelay(this::refreshSwitchFigures, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    /** Each changed group's figures are sent at most once per this. */
    public Duration interval() {
        return settings.statisticsInterval();
    }

    @PreDestroy
    void stop() {
        live.unsubscribe(listener);
        timer.shutdownNow();
        switchRefresher.shutdownNow();
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    /** Runs on the thread that committed the change, once the live model shows it: marks the groups, never reads. */
    private void changed(long version, List<Notice> notices, boolean replaced) {
        for (Notice notice : notices) {
            if (notice instanceof SkillGroupStatisticsNotice statistics) {
                throttle.changed(statistics.skillGroupNumbers());
            }
        }
    }

    private void sendDue() {
        try {
            if (throttle.overflowed()) {
                LOG.warning("more than " + MAX_GROUPS + " skill groups changed within one statistics interval; "
                        + "changes to the others were not streamed");
            }
            if (streams.activeStreams() == 0) {
                throttle.forgetChanges();   // nobody listens: no reads
                return;
            }
            Set<Long> due = throttle.due(TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
            if (due.isEmpty()) {
                return;
            }
            Instant now = Instant.now();
            for (SkillGroupView group : skillGroups.byNumbers(due)) {
                streams.publish(event(SkillGroupRepresentation.of(group, switchFigures.lastRead(group.number())
                        .map(reading -> SwitchSkillGroupFiguresRepresentation.of(reading,
                                switchFigures.refreshInterval(), now))
                        .orElse(null))));
            }
        } catch (RuntimeException e) {
            // the timer must keep running: a failed read loses this round's figures, the next change sends them
            LOG.log(Level.WARNING, "skill group statistics could not be read for the event streams", e);
        }
    }

    /** Reads the switch's figures of the groups some stream would receive; a new answer makes the group due. */
    private void refreshSwitchFigures() {
        try {
            for (SkillGroupView group : skillGroups.all()) {
                if (!streams.anyStreamWants(routing(String.valueOf(group.number())))) {
                    continue;   // nobody watches it: no query
                }
                switchFigures.read(group.number()).ifPresent(reading -> {
                    if (!reading.readAt().equals(switchReadStreamed.put(group.number(), reading.readAt()))) {
                        throttle.changed(Set.of(group.number()));
                    }
                });
            }
        } catch (RuntimeException e) {
            // the timer must keep running: the next round reads again
            LOG.log(Level.WARNING, "the switch's skill group statistics could not be read for the event streams", e);
        }
    }

    private NoticeTranslator.Translated event(SkillGroupRepresentation group) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("skillGroupNumber", group.number());
        data.put("skillGroup", group);
        return new NoticeTranslator.Translated(EVENT, json.toJson(data), routing(group.number()));
    }

    /** A skill group's statistics concern the skill group alone: no agent, no team. */
    static EventRouting routing(String skillGroupNumber) {
        return new EventRouting(EVENT, Set.of(), Set.of(), Set.of(skillGroupNumber));
    }
}
