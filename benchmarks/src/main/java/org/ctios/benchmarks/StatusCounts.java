package org.ctios.benchmarks;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Answers to requests by HTTP status, counted from any thread. {@link #NO_ANSWER} (0) counts requests that got no
 * status at all: the connection failed or no answer came in time. 429 (a caller's cap) and 503 (the server's cap)
 * are the refusals the server means to give under load; they are counted apart from the other 4xx and 5xx.
 */
final class StatusCounts {

    static final int NO_ANSWER = 0;

    private final Map<Integer, Long> byStatus = new TreeMap<>();

    synchronized void add(int status) {
        byStatus.merge(status, 1L, Long::sum);
    }

    void noAnswer() {
        add(NO_ANSWER);
    }

    synchronized Counts counts() {
        return new Counts(byStatus);
    }

    /**
     * What was counted, by status (JSON object keys are the statuses).
     */
    record Counts(Map<Integer, Long> byStatus) {

        Counts {
            byStatus = Collections.unmodifiableMap(new TreeMap<>(byStatus));
        }

        long total() {
            return sum(0, Integer.MAX_VALUE);
        }

        /** 2xx. */
        long successful() {
            return sum(200, 299);
        }

        /** 429 Too Many Requests: beyond a caller's cap. */
        long tooManyRequests() {
            return sum(429, 429);
        }

        /** 503 Service Unavailable: beyond the server's cap, or the link down. */
        long unavailable() {
            return sum(503, 503);
        }

        /** 5xx other than 503: errors. */
        long serverErrors() {
            return sum(500, 599) - unavailable();
        }

        /** 4xx other than 429. */
        long clientErrors() {
            return sum(400, 499) - tooManyRequests();
        }

        long noAnswer() {
            return sum(NO_ANSWER, NO_ANSWER);
        }

        private long sum(int from, int to) {
            return byStatus.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** "200: 2,000, 503: 12, no answer: 3"; "none" when nothing was counted. */
        String text() {
            if (byStatus.isEmpty()) {
                return "none";
            }
            return byStatus.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s: %,d",
                    e.getKey() == NO_ANSWER ? "no answer" : String.valueOf(e.getKey()), e.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }
}
