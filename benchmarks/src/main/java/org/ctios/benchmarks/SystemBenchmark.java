package org.ctios.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.ctios.simulator.replay.Recording;

/**
 * The proof in figures: CTI OS against a live 2,000-agent switch (start-up, sustained load, stepped up, failover),
 * then the recorded traffic replayed ({@link ApplyBenchmark}) and the same recording through the codec alone and raw
 * JDBC, so the end-to-end rate reads as a share of those limits. Writes BENCHMARKS.md and BENCHMARKS.json into the
 * report directory (the repository's root) and shows its progress. See benchmarks/README.md for the command.
 */
public final class SystemBenchmark {

    static final String COMMAND = "./mvnw -B -pl benchmarks -am verify -Pbenchmark -DskipTests";
    private static final Duration CODEC_MEASURE = Duration.ofSeconds(5);

    private SystemBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        Files.createDirectories(settings.directory());
        long started = System.nanoTime();
        String date = Instant.now().toString();
        progress("1/3 live switch: start-up, sustained load, stepped up, failover");
        LiveFigures live = new LiveLoad(settings, SystemBenchmark::progress).run();
        progress("2/3 recorded traffic: replayed into CTI OS at a fixed rate and flat out, then raw JDBC");
        BenchmarkReport apply = ApplyBenchmark.run(settings);
        apply.print(System.out);
        progress("3/3 the same recording through the protocol codec alone");
        CodecBaseline.Result codec = CodecBaseline.run(Recording.read(settings.directory().resolve("traffic.rec")),
                CODEC_MEASURE);
        progress(String.format(Locale.ROOT, "codec: %,d frames decoded in %.1f s = %,.0f frames/s", codec.frames(),
                codec.elapsed().toNanos() / 1e9, codec.framesPerSecond()));

        SystemReport report = SystemReport.of(date, COMMAND, (System.nanoTime() - started) / 1e9,
                settings.payaraJvmOptions(), live, apply, codec);
        Path directory = settings.reportDirectory();
        Path markdown = directory.resolve("BENCHMARKS.md");
        Path json = directory.resolve("BENCHMARKS.json");
        BenchmarksDocument.write(report, markdown);
        report.writeJson(json);
        progress(String.format(Locale.ROOT, "targets: stream p99 %s, peak %s, failover %s; written to %s and %s",
                met(report.targets().sustainedStreamP99()), met(report.targets().peak()),
                met(report.targets().failover()), markdown, json));
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void progress(String line) {
        System.out.println("[benchmark] " + line);
        System.out.flush();
    }
}
