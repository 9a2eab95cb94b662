package org.ctios.server.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SELECT statements Hibernate sends, in every model of the test JVM (Hibernate makes the inspector from
 * its class name, so the count is static): a test compares the count before and after the work it measures.
 */
public final class SelectCounter implements StatementInspector {

    private static final AtomicLong SELECTS = new AtomicLong();

    @Override
    public String inspect(String sql) {
        if (sql.regionMatches(true, 0, "select", 0, 6)) {
            SELECTS.incrementAndGet();
        }
        return sql;
    }

    /** The SELECT statements sent so far. */
    public static long selects() {
        return SELECTS.get();
    }
}
