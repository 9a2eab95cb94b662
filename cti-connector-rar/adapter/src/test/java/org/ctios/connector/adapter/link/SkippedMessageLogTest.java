package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SkippedMessageLogTest {

    private static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getAnonymousLogger();

    SkippedMessageLogTest() {
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aFloodOfUnreadableMessagesWritesOneLinePerIntervalWithTheCountOfTheRest() {
        SkippedMessageLog log = new SkippedMessageLog(logger, Duration.ofMinutes(1));

        assertThat(log.skipped("unknown message type 999", START)).isTrue();
        for (int i = 1; i <= 300; i++) {
            assertThat(log.skipped("unknown message type 999", START.plusMillis(i))).isFalse();
        }
        assertThat(log.skipped("field too long", START.plus(Duration.ofMinutes(1)))).isTrue();

        assertThat(lines).containsExactly(
                "CTI link skipped an unreadable message: unknown message type 999",
                "CTI link skipped an unreadable message: field too long (and 300 more since the last report)");
    }

    @Test
    void skipsFarApartAreEachReported() {
        SkippedMessageLog log = new SkippedMessageLog(logger, Duration.ofMinutes(1));

        log.skipped("one", START);
        log.skipped("two", START.plus(Duration.ofMinutes(2)));

        assertThat(lines).containsExactly("CTI link skipped an unreadable message: one",
                "CTI link skipped an unreadable message: two");
    }
}
