package org.ctios.server.application.live;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A skill group's ended calls of one day (the server's time zone): answered ones with their handle time from answer
 * to end, and abandoned ones.
 */
public record DayTally(LocalDate day, long handled, long handleMillis, long abandoned) {

    /** Nothing yet on that day. */
    public static DayTally empty(LocalDate day) {
        return new DayTally(day, 0, 0, 0);
    }

    /** With this ended call counted, if it ended on this day; a call of a later day starts that day's tally. */
    DayTally plus(EndedCall call, ZoneId zone) {
        if (call.endedAt() == null) {
            return this;
        }
        LocalDate endedOn = call.endedAt().atZone(zone).toLocalDate();
        DayTally tally = day == null || endedOn.isAfter(day) ? empty(endedOn) : this;
        if (!endedOn.equals(tally.day)) {
            return tally;
        }
        if (call.answeredAt() == null) {
            return new DayTally(tally.day, tally.handled, tally.handleMillis, tally.abandoned + 1);
        }
        long millis = Math.max(0, Duration.between(call.answeredAt(), call.endedAt()).toMillis());
        return new DayTally(tally.day, tally.handled + 1, tally.handleMillis + millis, tally.abandoned);
    }

    /** The tally as it counts on {@code today}: nothing when it is of another day. */
    DayTally on(LocalDate today) {
        return today.equals(day) ? this : empty(today);
    }

    Duration averageHandleTime() {
        return handled == 0 ? Duration.ZERO : Duration.ofMillis(Math.round((double) handleMillis / handled));
    }
}
