package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Reports the complete messages the link skips because it cannot read them, at most one line per interval: a server
 * that sends nothing but unreadable messages must not flood the log. Each line says how many were skipped unreported
 * since the previous one. Used by the reading thread only.
 */
final class SkippedMessageLog {

    private final Logger log;
    private final Duration interval;
    private Instant lastReport;
    private long unreported;

    SkippedMessageLog(Logger log, Duration interval) {
        this.log = log;
        this.interval = interval;
    }

    /** @return true when this skip was written to the log, false when it was only counted */
    boolean skipped(String reason, Instant now) {
        if (lastReport != null && now.isBefore(lastReport.plus(interval))) {
            unreported++;
            return false;
        }
        String earlier = unreported == 0 ? "" : " (and " + unreported + " more since the last report)";
        log.warning("CTI link skipped an unreadable message: " + reason + earlier);
        lastReport = now;
        unreported = 0;
        return true;
    }
}
