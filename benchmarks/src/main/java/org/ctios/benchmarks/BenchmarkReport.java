package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctios.simulator.replay.TrafficRecorder;

/** The benchmark's figures: a table on the console and the same in JSON. */
record BenchmarkReport(String date, Machine machine, Recorded recording, List<Phase> phases, Jdbc jdbc,
                       double ratio, Target target, List<SseClientFigures> eventStreamClients) {

    /** The target the figures are read against: sustained events per second with a p99 latency below a bound. */
    static final double TARGET_EVENTS_PER_SECOND = 5_000;
    static final double TARGET_P99_MILLIS = 50;
    /** A phase paced at the target rate that applies 98 % of that rate over its busy time has kept up. */
    static final double SUSTAINED_SHARE = 0.98;

    record Recorded(long frames, double seconds, double framesPerSecond, Map<String, Long> framesPerType) {
    }

    /**
     * @param eventsPerSecond applied over the busy time: first event read → last commit
     * @param replayEventsPerSecond what the replay server achieved sending
     */
    record Phase(String name, String pacing, long eventsSent, long eventsApplied, long rolledBack,
                 double replaySeconds, double replayEventsPerSecond, double eventsPerSecond, double p50Millis,
                 double p90Millis, double p99Millis, double maxMillis, boolean allApplied, double waitedSeconds,
                 double payaraCpuPercent, Long deadLetters, Long reconnects,
                 List<ThreadCpu.Share> busiestPayaraThreads) {

        static Phase of(PhaseResult result) {
            ApplyFigures figures = result.figures();
            return new Phase(result.name(), result.pacing(), result.replay().framesSent(), figures.committed(),
                    figures.rolledBack(), result.replay().elapsed().toNanos() / 1e9,
                    result.replay().framesPerSecond(), figures.eventsPerSecond(), figures.p50Millis(),
                    figures.p90Millis(), figures.p99Millis(), figures.maxMillis(), result.allApplied(),
                    result.waited().toNanos() / 1e9, result.payaraCpuPercent(),
                    result.linkAfter() == null ? null : result.linkAfter().deadLetters(),
                    result.linkAfter() == null ? null : result.linkAfter().reconnects(), result.busiestThreads());
        }
    }

    record Jdbc(int rows, int batchSize, double seconds, double rowsPerSecond) {

        static Jdbc of(JdbcBaseline.Result result) {
            return new Jdbc(result.rows(), JdbcBaseline.BATCH_SIZE, result.elapsed().toNanos() / 1e9,
                    result.rowsPerSecond());
        }
    }

    /**
     * @param met whether the fixed-rate phase kept up at the target rate with its p99 below the bound, and the
     *            max-rate phase applied everything at the target rate or faster
     */
    record Target(double eventsPerSecond, double p99Millis, boolean met) {
    }

    static BenchmarkReport of(TrafficRecorder.Result recorded, List<PhaseResult> phaseResults,
                              JdbcBaseline.Result jdbcResult, List<SseClientFigures> eventStreamClients) {
        Map<String, Long> perType = new LinkedHashMap<>();
        recorded.framesPerType().forEach((type, count) -> perType.put(type.name(), count));
        List<Phase> phases = phaseResults.stream().map(Phase::of).toList();
        Jdbc jdbc = Jdbc.of(jdbcResult);
        Phase last = phases.get(phases.size() - 1);
        double ratio = jdbc.rowsPerSecond() == 0 ? 0 : last.eventsPerSecond() / jdbc.rowsPerSecond();
        // Sustained: the fixed-rate phase kept up (all applied, at the rate, p99 below the bound); and flat out
        // the application applies at least the rate. The max-rate phase's latency is mostly queueing, by design.
        Phase first = phases.get(phases.size() - 2);
        boolean met = first.allApplied() && first.p99Millis() < TARGET_P99_MILLIS
                && first.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND * SUSTAINED_SHARE
                && last.allApplied() && last.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND;
        return new BenchmarkReport(Instant.now().toString(), Machine.current(), new Recorded(recorded.frames(),
                recorded.duration().toNanos() / 1e9, recorded.framesPerSecond(), perType), phases, jdbc, ratio,
                new Target(TARGET_EVENTS_PER_SECOND, TARGET_P99_MILLIS, met), List.copyOf(eventStreamClients));
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "CTI OS apply benchmark, %s; %d cores (%s), %s, %s%n", date, machine.cores(),
                machine.cpu(), machine.jvm(), machine.os());
        out.printf(Locale.ROOT, "recording: %,d frames in %.1f s (%,.0f/s)%n", recording.frames(),
                recording.seconds(), recording.framesPerSecond());
        out.println();
        out.println("| phase | events sent | events applied | rolled back | sent/s | applied/s | p50 ms | p90 ms "
                + "| p99 ms | max ms | Payara CPU |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Phase phase : phases) {
            out.printf(Locale.ROOT, "| %s (%s) | %,d | %,d | %,d | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.1f | %.0f %% |%n",
                    phase.name(), phase.pacing(), phase.eventsSent(), phase.eventsApplied(), phase.rolledBack(),
                    phase.replayEventsPerSecond(), phase.eventsPerSecond(), phase.p50Millis(), phase.p90Millis(),
                    phase.p99Millis(), phase.maxMillis(), phase.payaraCpuPercent());
        }
        if (!eventStreamClients.isEmpty()) {
            out.println();
            out.println("Event stream clients during the fixed-rate phase (monitor mode, every event; delay: the "
                    + "connector reading an agent state event to the client reading its AgentState event):");
            out.println();
            out.println("| client | events | restarted | reconnects | AgentState events timed | p50 ms | p99 ms "
                    + "| max ms |");
            out.println("|---|---|---|---|---|---|---|---|");
            for (SseClientFigures client : eventStreamClients) {
                out.printf(Locale.ROOT, "| %d | %,d | %s | %d | %,d | %.1f | %.1f | %.1f |%n", client.client(),
                        client.events(), client.restarted() ? "yes (" + client.snapshots() + " snapshots)" : "no",
                        client.reconnects(), client.timedEvents(), client.p50Millis(), client.p99Millis(),
                        client.maxMillis());
            }
        }
        for (Phase phase : phases) {
            out.println();
            out.printf(Locale.ROOT, "Payara Micro's busiest threads, %s (CPU seconds over %.0f s):%n", phase.name(),
                    phase.waitedSeconds());
            for (ThreadCpu.Share share : phase.busiestPayaraThreads()) {
                out.printf(Locale.ROOT, "  %7.1f  %s%n", share.cpuSeconds(), share.thread());
            }
        }
        out.println();
        out.printf(Locale.ROOT, "raw JDBC, same H2, batches of %d: %,d rows in %.2f s = %,.0f rows/s%n",
                jdbc.batchSize(), jdbc.rows(), jdbc.seconds(), jdbc.rowsPerSecond());
        out.printf(Locale.ROOT, "ratio max-rate applied/s to JDBC rows/s: %.3f%n", ratio);
        out.printf(Locale.ROOT, "target (>= %,.0f events/s sustained, p99 < %.0f ms): %s%n", target.eventsPerSecond(),
                target.p99Millis(), target.met() ? "met" : "NOT met");
    }

    void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
