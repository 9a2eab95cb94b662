package org.ctios.benchmarks;

/**
 * What one monitor-mode event stream client received during the measured phase.
 *
 * @param events          events received while measured, snapshots included
 * @param snapshots       snapshot events received while measured
 * @param restarted       whether the stream restarted while measured: a snapshot after the one it started with (the
 *                        server fell behind, or closed the stream, and the client came back to a snapshot)
 * @param reconnects      times the stream ended and the client opened it again with Last-Event-ID
 * @param timedEvents     AgentState events whose delay was measured
 * @param p50Millis       median delay of the timed events: what the client's {@link EventDelay} measures
 * @param seconds         from the start of the measuring to the last event the client read (0 without events)
 */
record SseClientFigures(int client, long events, long snapshots, boolean restarted, int reconnects, long timedEvents,
                        double p50Millis, double p95Millis, double p99Millis, double maxMillis, double seconds) {

    /** Events read per second from the start of the measuring to the last one; 0 without events. */
    double eventsPerSecond() {
        return seconds == 0 ? 0 : events / seconds;
    }
}
