package org.ctios.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctios.simulator.replay.Recording;
import org.ctios.simulator.replay.TrafficRecorder;

/**
 * The proof in figures, on each database asked for (H2, then PostgreSQL): CTI OS against a live 2,000-agent switch
 * (start-up, sustained load, stepped up, failover), the start of a shift (2,000 desktops signing in and opening their
 * event streams while calls flow, a burst of streams, the server with every stream open), then the recorded traffic
 * replayed ({@link ApplyBenchmark}: a fixed rate, flat out, flat out with event stream clients) beside the same
 * recording through the codec alone and raw JDBC, so the end-to-end rate reads as a share of those limits. A part
 * that fails is reported as such and the others still run. Writes BENCHMARKS.md and BENCHMARKS.json into the report
 * directory (the repository's root) and shows its progress. See benchmarks/README.md for the command.
 */
public final class SystemBenchmark {

    static final String COMMAND = "./mvnw -B -pl benchmarks -am verify -Pbenchmark -DskipTests";
    private static final Duration CODEC_MEASURE = Duration.ofSeconds(5);

    private SystemBenchmark() {
    }

    /** One part of the benchmark on one database. */
    private interface Part<T> {
        T run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        Files.createDirectories(settings.directory());
        long started = System.nanoTime();
        String date = Instant.now().toString();
        double loadBefore = Machine.loadAverage();
        progress("databases " + settings.databases() + ", parts " + settings.parts() + ", load average "
                + loadBefore);

        TrafficRecorder.Result recorded = null;
        SystemReport.Codec codec = null;
        long recordingStarted = System.nanoTime();
        if (settings.runs("replay")) {
            progress("recording the replay's traffic, then the same recording through the protocol codec alone");
            recorded = ApplyBenchmark.record(settings);
            CodecBaseline.Result result = CodecBaseline.run(Recording.read(ApplyBenchmark.trafficFile(settings)),
                    CODEC_MEASURE);
            codec = SystemReport.Codec.of(result);
            progress(String.format(Locale.ROOT, "codec: %,d frames decoded in %.1f s = %,.0f frames/s",
                    result.frames(), result.elapsed().toNanos() / 1e9, result.framesPerSecond()));
        }

        double recordingSeconds = (System.nanoTime() - recordingStarted) / 1e9;
        List<SystemReport.Run> runs = new ArrayList<>();
        PostgresServer postgres = null;
        try {
            for (String name : settings.databases()) {
                Database database;
                if (name.equals("postgresql")) {
                    try {
                        postgres = PostgresServer.start(settings.postgresqlScript(),
                                settings.directory().resolve("postgresql.log"), SystemBenchmark::progress);
                    } catch (Exception e) {
                        String failure = "PostgreSQL did not start: " + e.getMessage();
                        progress(failure);
                        runs.add(SystemReport.Run.of("postgresql", "PostgreSQL",
                                failedIfAsked(settings, "live", failure),
                                failedIfAsked(settings, "shift-start", failure),
                                failedIfAsked(settings, "replay", failure), codec));
                        continue;
                    }
                    database = new Database.PostgreSql(postgres);
                } else {
                    database = new Database.H2();
                }
                runs.add(run(settings, database, recorded, codec));
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }

        List<String> options = BenchmarkSettings.nonDefaultOptions(args);
        String command = options.isEmpty() ? COMMAND : COMMAND + " " + String.join(" ", options);
        SystemReport report = SystemReport.of(date, command, (System.nanoTime() - started) / 1e9,
                settings.payaraJvmOptions(), settings.parts(), runs, codec, recordingSeconds, loadBefore);
        Path directory = settings.reportDirectory();
        Path markdown = directory.resolve("BENCHMARKS.md");
        Path json = directory.resolve("BENCHMARKS.json");
        BenchmarksDocument.write(report, markdown);
        report.writeJson(json);
        for (SystemReport.Run run : runs) {
            long met = run.targets().stream().filter(target -> Boolean.TRUE.equals(target.met())).count();
            long measured = run.targets().stream().filter(target -> target.met() != null).count();
            progress(String.format(Locale.ROOT, "%s: %d of %d targets measured were met", run.title(), met,
                    measured));
        }
        progress(String.format(Locale.ROOT, "%.1f minutes; written to %s and %s",
                (System.nanoTime() - started) / 60e9, markdown, json));
    }

    private static SystemReport.Run run(BenchmarkSettings settings, Database database,
                                        TrafficRecorder.Result recorded, SystemReport.Codec codec) {
        String title = database.title();
        SystemReport.Outcome<LiveFigures> live = part(settings, "live", title + ": live switch: start-up, "
                + "sustained load, stepped up, failover", () -> new LiveLoad(settings, database,
                SystemBenchmark::progress).run());
        SystemReport.Outcome<ShiftStartFigures> shift = part(settings, "shift-start", title + ": shift start: "
                + "desktops sign in and open their streams, a burst, every stream open", () -> new ShiftStart(
                settings, database, SystemBenchmark::progress).run());
        SystemReport.Outcome<BenchmarkReport> apply = part(settings, "replay", title + ": recorded traffic "
                + "replayed at a fixed rate, flat out, flat out with event stream clients; raw JDBC", () -> {
                    BenchmarkReport report = ApplyBenchmark.run(settings, database, recorded);
                    report.print(System.out);
                    return report;
                });
        return SystemReport.Run.of(database.name(), title, live, shift, apply, codec);
    }

    /** Runs the part if it was asked for; a part that fails is a figure (its failure), not the end of the run. */
    private static <T> SystemReport.Outcome<T> part(BenchmarkSettings settings, String name, String title,
                                                    Part<T> part) {
        if (!settings.runs(name)) {
            return SystemReport.Outcome.notRun();
        }
        progress(title);
        long started = System.nanoTime();
        try {
            T figures = part.run();
            return new SystemReport.Outcome<>(figures, null, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            String failure = e.toString();
            progress(title + " did not finish: " + failure);
            e.printStackTrace(System.out);
            return new SystemReport.Outcome<>(null, failure, (System.nanoTime() - started) / 1e9);
        }
    }

    private static <T> SystemReport.Outcome<T> failedIfAsked(BenchmarkSettings settings, String part,
                                                             String failure) {
        return settings.runs(part) ? new SystemReport.Outcome<>(null, failure) : SystemReport.Outcome.notRun();
    }

    private static void progress(String line) {
        System.out.println("[benchmark] " + line);
        System.out.flush();
    }
}
