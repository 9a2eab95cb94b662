package org.ctios.web.representation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Duration;
import java.time.Instant;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.server.api.view.SkillGroupSwitchReading;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill group's figures as the switch counts them (QUERY_SKILL_GROUP_STATISTICS_CONF), shown beside the ones CTI
 * OS computes: the agents by state and the queue now, and today's handled and queued calls, under plain names.
 * A figure the switch reports as unknown (0xFFFFFFFF, its convention for queue statistics) is null.
 *
 * <p>Decision: the CONF carries no service level, no average speed of answer and no abandoned calls, so none is
 * shown as the switch's; the nearest it offers are today's queue time and calls queued, whose quotient is
 * {@code averageQueueSecondsToday}, and today's handled talk time and calls, whose quotient is
 * {@code averageTalkSecondsToday}. The five-minute and half-hour blocks and the outbound, preview and reservation
 * counts stay on the wire only: a supervisor's panel reads now and today.
 *
 * @param unavailable why there are no figures (the switch refused, the link is down, the query is late); the
 *                    figures are then null
 */
@JsonbNillable   // a null figure says "the switch does not know", as plainly as a number says what it knows
@Schema(description = "A skill group's figures as the switch counts them, with their age. Null figures are unknown "
        + "to the switch; with 'unavailable' set, there are no figures and it says why.")
public record SwitchSkillGroupFiguresRepresentation(Instant readAt, long ageSeconds, long refreshSeconds,
                                                    String unavailable, Long agentsLoggedIn, Long agentsAvailable,
                                                    Long agentsNotReady, Long agentsTalking, Long agentsOnHold,
                                                    Long agentsReserved, Long agentsWrapUp, Long callsInQueue,
                                                    Long longestInQueueSeconds, Long callsHandledToday,
                                                    Long handledTalkSecondsToday, Double averageTalkSecondsToday,
                                                    Long callsQueuedToday, Long queueSecondsToday,
                                                    Double averageQueueSecondsToday,
                                                    Long longestInQueueTodaySeconds) {

    public static SwitchSkillGroupFiguresRepresentation of(SkillGroupSwitchReading reading, Duration refresh,
                                                           Instant now) {
        long age = Math.max(0, Duration.between(reading.readAt(), now).toSeconds());
        SkillGroupStatistics f = reading.figures();
        if (f == null) {
            return new SwitchSkillGroupFiguresRepresentation(reading.readAt(), age, refresh.toSeconds(),
                    reading.unavailable(), null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        Long handled = known(f, SkillGroupStatistic.HANDLED_CALLS_TODAY);
        Long talk = known(f, SkillGroupStatistic.HANDLED_CALLS_TALK_TIME_TODAY);
        Long queued = known(f, SkillGroupStatistic.CALLS_QUEUE_TODAY);
        Long queueTime = known(f, SkillGroupStatistic.CALLS_QUEUE_TIME_TODAY);
        Long workReady = known(f, SkillGroupStatistic.AGENTS_WORK_READY);
        Long workNotReady = known(f, SkillGroupStatistic.AGENTS_WORK_NOT_READY);
        return new SwitchSkillGroupFiguresRepresentation(reading.readAt(), age, refresh.toSeconds(), null,
                known(f, SkillGroupStatistic.AGENTS_LOGGED_ON), known(f, SkillGroupStatistic.AGENTS_AVAIL),
                known(f, SkillGroupStatistic.AGENTS_NOT_READY), sum(known(f, SkillGroupStatistic.AGENTS_TALKING_IN),
                        sum(known(f, SkillGroupStatistic.AGENTS_TALKING_OUT),
                                known(f, SkillGroupStatistic.AGENTS_TALKING_OTHER))),
                known(f, SkillGroupStatistic.AGENTS_HOLD), known(f, SkillGroupStatistic.AGENTS_RESERVED),
                sum(workReady, workNotReady), known(f, SkillGroupStatistic.CALLS_QUEUE_NOW),
                known(f, SkillGroupStatistic.LONGEST_CALL_QUEUE_NOW), handled, talk, mean(talk, handled), queued,
                queueTime, mean(queueTime, queued), known(f, SkillGroupStatistic.LONGEST_CALL_QUEUE_TODAY));
    }

    private static Long known(SkillGroupStatistics figures, SkillGroupStatistic statistic) {
        long value = figures.get(statistic);
        return value == SkillGroupStatistics.UNKNOWN ? null : value;
    }

    private static Long sum(Long a, Long b) {
        return a == null || b == null ? null : a + b;
    }

    /** Null when either is unknown or nothing was counted: no mean of no calls. */
    private static Double mean(Long total, Long count) {
        return total == null || count == null || count == 0 ? null : (double) total / count;
    }
}
