package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one run of {@link SystemBenchmark} measured, per database, with the targets read against it.
 *
 * @param command          the command that produced it
 * @param parts            what ran: live, shift-start, replay
 * @param runs             the figures on each database, in the order they ran
 * @param codec            the recording through the protocol codec alone (null when the replay did not run)
 * @param recordingSeconds the recording of the replay's traffic and the codec baseline, once for every database
 * @param loadAverageBefore the machine's one-minute load average when the run began (-1: unknown)
 * @param loadAverageAfter  and when it ended
 */
record SystemReport(String date, Machine machine, String command, double seconds, List<String> payaraJvmOptions,
                    List<String> parts, List<Run> runs, Codec codec, double recordingSeconds,
                    double loadAverageBefore, double loadAverageAfter) {

    static final double TARGET_STREAM_P99_MILLIS = 100;
    static final double TARGET_PEAK_EVENTS_PER_SECOND = 10_000;
    static final double TARGET_FAILOVER_SECONDS = 5;
    /** Issue #18's targets for the shift start and the server with every stream open. */
    static final double TARGET_SNAPSHOT_P99_MILLIS = 250;
    static final double TARGET_SNAPSHOT_MAX_MILLIS = 1_000;
    static final long TARGET_RESIDENT_MEGABYTES = 1_024;
    static final double TARGET_REST_P99_MILLIS = 100;

    record Codec(long frames, double seconds, double framesPerSecond) {

        static Codec of(CodecBaseline.Result result) {
            return new Codec(result.frames(), result.elapsed().toNanos() / 1e9, result.framesPerSecond());
        }
    }

    /**
     * One target on one database.
     *
     * @param measured what was measured, as the report shows it
     * @param met      whether it was met; null when the part did not run or did not finish
     */
    record Target(String target, String measured, Boolean met) {
    }

    /**
     * The figures on one database; a part that did not run or did not finish has null figures (and then its
     * failure, or null when it was not asked for).
     *
     * @param peakEventsPerSecond the most events per second applied, replayed flat out or live
     */
    record Run(String database, String title, LiveFigures live, String liveFailure, ShiftStartFigures shiftStart,
               String shiftStartFailure, BenchmarkReport apply, String applyFailure, double peakEventsPerSecond,
               double peakOfCodec, double peakOfJdbc, List<Target> targets, double liveSeconds,
               double shiftStartSeconds, double applySeconds) {

        static Run of(String database, String title, Outcome<LiveFigures> live, Outcome<ShiftStartFigures> shift,
                      Outcome<BenchmarkReport> apply, Codec codec) {
            double replayPeak = apply.figures() == null ? 0 : apply.figures().maxRate().eventsPerSecond();
            double livePeak = live.figures() == null ? 0 : live.figures().steps().stream()
                    .mapToDouble(LiveFigures.Load::appliedEventsPerSecond).max().orElse(0);
            double peak = Math.max(replayPeak, livePeak);
            double jdbc = apply.figures() == null ? 0 : apply.figures().jdbc().rowsPerSecond();
            double codecRate = codec == null ? 0 : codec.framesPerSecond();
            return new Run(database, title, live.figures(), live.failure(), shift.figures(),
                    shift.failure(), apply.figures(), apply.failure(), peak, codecRate == 0 ? 0 : peak / codecRate,
                    jdbc == 0 ? 0 : peak / jdbc, SystemReport.targets(live.figures(), shift.figures(), apply.figures(), peak)
                    .stream().map(target -> target.met() != null ? target : new Target(target.target(),
                            failed(target.target(), live, shift, apply) ? "did not finish" : target.measured(),
                            null)).toList(), live.seconds(), shift.seconds(), apply.seconds());
        }

        /** Whether the part a target belongs to was asked for and failed. */
        private static boolean failed(String target, Outcome<?> live, Outcome<?> shift, Outcome<?> apply) {
            if (target.startsWith("shift start") || target.contains("streams open")) {
                return shift.failure() != null;
            }
            if (target.startsWith("flat out")) {
                return apply.failure() != null;
            }
            if (target.startsWith("at least")) {
                return live.failure() != null && apply.failure() != null;
            }
            return live.failure() != null;
        }
    }

    /** A part's figures, or why it has none (null and null: it was not asked for), and how long it took. */
    record Outcome<T>(T figures, String failure, double seconds) {

        Outcome(T figures, String failure) {
            this(figures, failure, 0);
        }

        static <T> Outcome<T> notRun() {
            return new Outcome<>(null, null);
        }
    }

    static SystemReport of(String date, String command, double seconds, List<String> payaraJvmOptions,
                           List<String> parts, List<Run> runs, Codec codec, double recordingSeconds,
                           double loadAverageBefore) {
        return new SystemReport(date, Machine.current(), command, seconds, List.copyOf(payaraJvmOptions),
                List.copyOf(parts), List.copyOf(runs), codec, recordingSeconds, loadAverageBefore,
                Machine.loadAverage());
    }

    /** Every target, in the report's order; a target whose part did not run is "not measured". */
    static List<Target> targets(LiveFigures live, ShiftStartFigures shift, BenchmarkReport apply, double peak) {
        List<Target> targets = new ArrayList<>();
        String agents = live == null ? "2,000" : String.format(Locale.ROOT, "%,d", live.agents());
        if (live == null) {
            targets.add(notMeasured(agents + " agents, 20 calls/s: p99 from the switch to an event stream client "
                    + "under 100 ms"));
        } else {
            LiveFigures.Load sustained = live.sustained();
            targets.add(new Target(String.format(Locale.ROOT, "%s agents, %.0f calls/s: p99 from the switch to an "
                            + "event stream client under %.0f ms", agents, sustained.callsPerSecond(),
                    TARGET_STREAM_P99_MILLIS), String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f, p95 %.1f)",
                    sustained.streamP99Millis(), sustained.streamP50Millis(), sustained.streamP95Millis()),
                    sustained.keptUp() && sustained.streamP99Millis() < TARGET_STREAM_P99_MILLIS));
        }
        String peakName = String.format(Locale.ROOT, "at least %,.0f events/s applied at the peak",
                TARGET_PEAK_EVENTS_PER_SECOND);
        targets.add(live == null && apply == null ? notMeasured(peakName) : new Target(peakName,
                String.format(Locale.ROOT, "%,.0f events/s", peak), peak >= TARGET_PEAK_EVENTS_PER_SECOND));
        String failoverName = String.format(Locale.ROOT, "failover of side A with %s agents: state equal to the "
                + "switch's in under %.0f s", agents, TARGET_FAILOVER_SECONDS);
        if (live == null) {
            targets.add(notMeasured(failoverName));
        } else {
            LiveFigures.Failover failover = live.failover();
            targets.add(new Target(failoverName, failover.failure() != null ? "did not finish: " + failover.failure()
                    : String.format(Locale.ROOT, "%.2f s", failover.stateEqualsTruthSeconds()),
                    failover.failure() == null && failover.stateEqualsTruthSeconds() >= 0
                            && failover.stateEqualsTruthSeconds() < TARGET_FAILOVER_SECONDS));
        }
        targets.addAll(shiftTargets(shift));
        String fanOutName = String.format(Locale.ROOT, "flat out with %s clients reading every event: at least "
                        + "%,.0f events/s applied and delivered to every client",
                apply == null || apply.fanOut() == null ? "10" : String.valueOf(apply.fanOut().clients()),
                BenchmarkReport.TARGET_FAN_OUT_EVENTS_PER_SECOND);
        if (apply != null && apply.fanOutFailure() != null) {
            targets.add(new Target(fanOutName, "did not finish", null));
        } else if (apply == null || apply.fanOut() == null) {
            targets.add(notMeasured(fanOutName));
        } else {
            BenchmarkReport.FanOut fanOut = apply.fanOut();
            targets.add(new Target(fanOutName, String.format(Locale.ROOT, "%,.0f events/s (applied %,.0f/s)%s",
                    fanOut.deliveredEventsPerSecond(), fanOut.phase().eventsPerSecond(),
                    fanOut.everyClientEverything() ? "" : "; not every client read every event"), fanOut.met()));
        }
        String flatOutName = String.format(Locale.ROOT, "flat out without clients: at least %,.0f events/s applied",
                BenchmarkReport.TARGET_FLAT_OUT_EVENTS_PER_SECOND);
        targets.add(apply == null ? notMeasured(flatOutName) : new Target(flatOutName,
                String.format(Locale.ROOT, "%,.0f events/s", apply.maxRate().eventsPerSecond()),
                apply.maxRate().allApplied()
                        && apply.maxRate().eventsPerSecond() >= BenchmarkReport.TARGET_FLAT_OUT_EVENTS_PER_SECOND));
        return targets;
    }

    private static List<Target> shiftTargets(ShiftStartFigures shift) {
        String agents = shift == null ? "2,000" : String.format(Locale.ROOT, "%,d", shift.agents());
        String burst = shift == null ? "200" : String.format(Locale.ROOT, "%,d", shift.burstStreams().streams());
        List<String> names = List.of(
                String.format(Locale.ROOT, "shift start (%s desktops in %s s, then %s streams at once): every "
                        + "stream opens", agents, shift == null ? "60" : String.format(Locale.ROOT, "%.0f",
                        shift.rampSeconds()), burst),
                String.format(Locale.ROOT, "shift start: request to snapshot p99 under %.0f ms, max under %.0f s",
                        TARGET_SNAPSHOT_P99_MILLIS, TARGET_SNAPSHOT_MAX_MILLIS / 1000),
                "shift start: no 5xx answer (429 and 503 counted apart)",
                "shift start: no rolled-back delivery",
                String.format(Locale.ROOT, "shift start: switch-to-stream p99 of an open stream under %.0f ms",
                        TARGET_STREAM_P99_MILLIS),
                String.format(Locale.ROOT, "%s streams open: Payara's resident memory under 1 GiB",
                        shift == null ? "2,000+" : String.format(Locale.ROOT, "%,d", openStreams(shift))),
                String.format(Locale.ROOT, "streams open: GET /calls and GET /agents p99 under %.0f ms",
                        TARGET_REST_P99_MILLIS),
                "streams open: events applied keep up with the switch");
        if (shift == null) {
            return names.stream().map(SystemReport::notMeasured).toList();
        }
        List<Target> targets = new ArrayList<>();
        StreamOpenings ramp = shift.agentStreams();
        StreamOpenings team = shift.teamStreams();
        StreamOpenings burstStreams = shift.burstStreams();
        int streams = ramp.streams() + team.streams() + burstStreams.streams();
        int opened = ramp.opened() + team.opened() + burstStreams.opened();
        targets.add(new Target(names.get(0), String.format(Locale.ROOT, "%,d of %,d (%,d timed out)", opened, streams,
                ramp.timedOut() + team.timedOut() + burstStreams.timedOut()), opened == streams));
        double p99 = Math.max(ramp.toSnapshot().p99Millis(), Math.max(team.toSnapshot().p99Millis(),
                burstStreams.toSnapshot().p99Millis()));
        double max = Math.max(ramp.toSnapshot().maxMillis(), Math.max(team.toSnapshot().maxMillis(),
                burstStreams.toSnapshot().maxMillis()));
        targets.add(new Target(names.get(1), String.format(Locale.ROOT, "ramp p99 %s, max %s; burst p99 %s, max %s",
                millis(ramp.toSnapshot().p99Millis()), millis(ramp.toSnapshot().maxMillis()),
                millis(burstStreams.toSnapshot().p99Millis()), millis(burstStreams.toSnapshot().maxMillis())),
                opened == streams && p99 < TARGET_SNAPSHOT_P99_MILLIS && max < TARGET_SNAPSHOT_MAX_MILLIS));
        long serverErrors = ramp.statuses().serverErrors() + team.statuses().serverErrors()
                + burstStreams.statuses().serverErrors() + shift.logins().statuses().serverErrors();
        long unavailable = ramp.statuses().unavailable() + team.statuses().unavailable()
                + burstStreams.statuses().unavailable() + shift.logins().statuses().unavailable();
        long tooMany = ramp.statuses().tooManyRequests() + team.statuses().tooManyRequests()
                + burstStreams.statuses().tooManyRequests() + shift.logins().statuses().tooManyRequests();
        targets.add(new Target(names.get(2), String.format(Locale.ROOT, "5xx: %,d; 503: %,d; 429: %,d",
                serverErrors, unavailable, tooMany), serverErrors == 0));
        targets.add(new Target(names.get(3), shift.rolledBack() < 0 ? "not answered"
                : String.format(Locale.ROOT, "%,d", shift.rolledBack()), shift.rolledBack() == 0));
        targets.add(new Target(names.get(4), String.format(Locale.ROOT, "ramp %s, burst %s",
                millis(shift.ramp().streamP99Millis()), millis(shift.burst().streamP99Millis())),
                shift.ramp().streamP99Millis() < TARGET_STREAM_P99_MILLIS && !shift.ramp().streamRestarted()
                        && shift.burst().streamP99Millis() < TARGET_STREAM_P99_MILLIS
                        && !shift.burst().streamRestarted()));
        // Measured with fewer streams open than the phase opened, these figures do not answer the target.
        ShiftStartFigures.Open open = shift.open();
        boolean everyOpen = open.desktopStreamsOpen() == streams;
        String withOpen = everyOpen ? "" : String.format(Locale.ROOT, " with only %,d of %,d streams open",
                open.desktopStreamsOpen(), streams);
        targets.add(new Target(names.get(5), (open.residentMegabytes() < 0 ? "not read"
                : String.format(Locale.ROOT, "%,d MB", open.residentMegabytes())) + withOpen, everyOpen
                && open.residentMegabytes() >= 0 && open.residentMegabytes() < TARGET_RESIDENT_MEGABYTES));
        boolean polled = open.calls().latency().count() > 0 && open.agents().latency().count() > 0
                && open.calls().statuses().successful() == open.calls().statuses().total()
                && open.agents().statuses().successful() == open.agents().statuses().total();
        targets.add(new Target(names.get(6), String.format(Locale.ROOT, "calls p99 %s, agents p99 %s%s%s",
                millis(open.calls().latency().p99Millis()), millis(open.agents().latency().p99Millis()),
                polled ? "" : " (not every poll answered 200)", withOpen), everyOpen && polled
                && open.calls().latency().p99Millis() < TARGET_REST_P99_MILLIS
                && open.agents().latency().p99Millis() < TARGET_REST_P99_MILLIS));
        LiveFigures.Load load = open.load();
        targets.add(new Target(names.get(7), (load.appliedEventsPerSecond() < 0 ? "statistics not answered"
                : String.format(Locale.ROOT, "%,.0f of %,.0f events/s", load.appliedEventsPerSecond(),
                load.switchEventsPerSecond())) + withOpen, everyOpen && load.keptUp()));
        return targets;
    }

    /** The streams the shift start had open at its end: every one it opened. */
    private static int openStreams(ShiftStartFigures shift) {
        return shift.agentStreams().streams() + shift.teamStreams().streams() + shift.burstStreams().streams();
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%,.1f ms", value);
    }

    private static Target notMeasured(String name) {
        return new Target(name, "not measured", null);
    }

    void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
