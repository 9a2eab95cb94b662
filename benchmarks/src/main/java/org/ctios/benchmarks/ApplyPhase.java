package org.ctios.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ctios.simulator.replay.Pacing;
import org.ctios.simulator.replay.ReplayResult;
import org.ctios.simulator.replay.ReplayServer;

/**
 * One measured phase: resets the application's apply statistics, replays a range of the recording, and waits until
 * the application has committed as many events as were sent, or its count has stood still for a while, or the
 * phase's time is up; then reads the statistics. Thread dumps of Payara Micro before, 5 s into and after the phase
 * show where it was busy and which threads used its CPU time.
 */
final class ApplyPhase {

    /** The count standing still this long means the application has applied all it is going to. */
    private static final Duration STILL_LIMIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 500;
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long BUSY_DUMP_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int BUSIEST_THREADS = 10;

    private final ReplayServer replayer;
    private final CtiosApi api;
    private final PayaraProcess payara;
    private final Duration timeout;
    private final Consumer<String> progress;
    private final Path dumps;
    private final boolean profile;

    /**
     * @param dumps   where the thread dumps (and flight recordings) go
     * @param profile whether to record each phase with Java Flight Recorder
     */
    ApplyPhase(ReplayServer replayer, CtiosApi api, PayaraProcess payara, Duration timeout, Path dumps,
               boolean profile, Consumer<String> progress) {
        this.dumps = dumps;
        this.profile = profile;
        this.replayer = replayer;
        this.api = api;
        this.payara = payara;
        this.timeout = timeout;
        this.progress = progress;
    }

    PhaseResult run(String name, int from, int to, Pacing pacing, String pacingName)
            throws IOException, InterruptedException {
        String slug = name.replace(' ', '-');
        Optional<String> dumpBefore = ThreadDump.take(payara.pid(), dumps.resolve("payara-threads-" + slug
                + "-start.txt"));
        FlightRecording recording = profile ? FlightRecording.start(payara.pid(), slug,
                dumps.resolve("payara-" + slug + ".jfr")) : null;
        api.resetApplyStatistics();
        Duration cpuBefore = payara.cpuTime();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        CompletableFuture<ReplayResult> replay = CompletableFuture.supplyAsync(() -> {
            try {
                return replayer.replay(from, to, pacing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int sent = to - from;
        long committed = -1;
        long lastChange = System.nanoTime();
        long nextProgress = started + PROGRESS_NANOS;
        boolean busyDumpTaken = false;
        while (System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_MILLIS);
            if (!payara.isAlive()) {
                throw new IOException("Payara Micro ended during phase '" + name + "'; see " + payara.log());
            }
            long now = System.nanoTime();
            ApplyFigures figures = api.applyStatistics();
            if (figures.committed() != committed) {
                committed = figures.committed();
                lastChange = now;
            }
            if (now - nextProgress >= 0) {
                progress.accept(String.format(Locale.ROOT, "%s: %d s, replay %s, %,d of %,d events applied",
                        name, TimeUnit.NANOSECONDS.toSeconds(now - started), replay.isDone() ? "done" : "running",
                        committed, sent));
                nextProgress += PROGRESS_NANOS;
            }
            if (!busyDumpTaken && now - started >= BUSY_DUMP_AFTER_NANOS) {
                ThreadDump.take(payara.pid(), dumps.resolve("payara-threads-" + slug + "-busy.txt"));
                busyDumpTaken = true;
            }
            if (replay.isDone() && (committed >= sent || now - lastChange > STILL_LIMIT.toNanos())) {
                break;
            }
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        ReplayResult result = replayResult(name, replay, deadline);
        ApplyFigures figures = api.applyStatistics();
        LinkState link = api.linkState().orElse(null);
        Duration cpu = payara.cpuTime().minus(cpuBefore);
        if (recording != null) {
            recording.stop();
        }
        Optional<String> dumpAfter = ThreadDump.take(payara.pid(), dumps.resolve("payara-threads-" + slug
                + "-end.txt"));
        List<ThreadCpu.Share> busiest = dumpBefore.isPresent() && dumpAfter.isPresent()
                ? ThreadCpu.busiest(dumpBefore.get(), dumpAfter.get(), BUSIEST_THREADS) : List.of();
        return new PhaseResult(name, pacingName, result, figures, figures.committed() >= sent, waited, cpu, link,
                busiest);
    }

    private static ReplayResult replayResult(String name, CompletableFuture<ReplayResult> replay, long deadline)
            throws IOException, InterruptedException {
        try {
            // Past the phase's deadline the replay still gets a moment; a replay that hangs is a failure.
            long left = Math.max(TimeUnit.SECONDS.toNanos(5), deadline - System.nanoTime());
            return replay.get(left, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IOException("phase '" + name + "': the replay failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("phase '" + name + "': the replay did not finish in time", e);
        }
    }
}
