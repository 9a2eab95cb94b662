package org.ctios.server.infrastructure.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;
import org.ctios.server.api.ServerBusyException;

/**
 * One hourly run of a retention: deletes what is older than the configured days, logs what it deleted, and leaves
 * it to the next hour when the database is busy. A setting below 1 keeps everything, and says so.
 */
public final class RetentionRun {

    private RetentionRun() {
    }

    /**
     * @param what    what is kept, as the log names it ("audit trail")
     * @param setting the days' configuration key, for the warning
     * @param forget  deletes what is older than the cutoff, returns how many
     */
    public static void run(Logger log, String what, String setting, int retentionDays,
                           ToIntFunction<Instant> forget) {
        if (retentionDays < 1) {
            log.warning(setting + " must be 1 or more, is " + retentionDays + ": the " + what + " is kept whole");
            return;
        }
        int deleted;
        try {
            deleted = forget.applyAsInt(Clock.systemUTC().instant().minus(Duration.ofDays(retentionDays)));
        } catch (ServerBusyException e) {
            log.info(what + ": old entries not deleted now, the database is busy; next hour");
            return;
        }
        if (deleted > 0) {
            log.info(what + ": " + deleted + " entries older than " + retentionDays + " days deleted");
        }
    }
}
