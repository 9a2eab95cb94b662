package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run of {@link SystemBenchmark} measured, with the targets of the proof issue read against it.
 *
 * @param command          the command that produced it
 * @param live             the live switch: start-up, sustained load, steps, failover
 * @param apply            the replayed recording: fixed rate, flat out, raw JDBC
 * @param codec            the same recording through the protocol codec alone
 * @param peakEventsPerSecond the most events per second the whole system applied, replayed or live
 * @param peakOfCodec      that peak as a share of what the codec alone decodes
 * @param peakOfJdbc       that peak as a share of the raw JDBC insert rate
 * @param targets          each target and whether it was met
 */
record SystemReport(String date, Machine machine, String command, double seconds, List<String> payaraJvmOptions,
                    LiveFigures live,
                    BenchmarkReport apply, Codec codec, double peakEventsPerSecond, double peakOfCodec,
                    double peakOfJdbc, Targets targets) {

    static final double TARGET_STREAM_P99_MILLIS = 100;
    static final double TARGET_PEAK_EVENTS_PER_SECOND = 10_000;
    static final double TARGET_FAILOVER_SECONDS = 5;

    record Codec(long frames, double seconds, double framesPerSecond) {

        static Codec of(CodecBaseline.Result result) {
            return new Codec(result.frames(), result.elapsed().toNanos() / 1e9, result.framesPerSecond());
        }
    }

    /**
     * @param sustainedStreamP99 the 2,000-agent load's switch-to-stream-client p99 is below 100 ms
     * @param peak               at least 10,000 events/s applied at the peak
     * @param failover           the stored state equals the switch's less than 5 s after side A failed
     */
    record Targets(boolean sustainedStreamP99, boolean peak, boolean failover) {
    }

    static SystemReport of(String date, String command, double seconds, List<String> payaraJvmOptions,
                           LiveFigures live, BenchmarkReport apply, CodecBaseline.Result codecResult) {
        Codec codec = Codec.of(codecResult);
        // The flat-out phase: the warm-up rounds before it are not judged.
        double replayPeak = apply.phases().get(apply.phases().size() - 1).eventsPerSecond();
        double livePeak = live.steps().stream().mapToDouble(LiveFigures.Load::appliedEventsPerSecond).max()
                .orElse(0);
        double peak = Math.max(replayPeak, livePeak);
        double jdbc = apply.jdbc().rowsPerSecond();
        LiveFigures.Failover failover = live.failover();
        Targets targets = new Targets(live.sustained().keptUp()
                && live.sustained().streamP99Millis() < TARGET_STREAM_P99_MILLIS,
                peak >= TARGET_PEAK_EVENTS_PER_SECOND,
                failover.failure() == null && failover.stateEqualsTruthSeconds() >= 0
                        && failover.stateEqualsTruthSeconds() < TARGET_FAILOVER_SECONDS);
        return new SystemReport(date, Machine.current(), command, seconds, List.copyOf(payaraJvmOptions), live,
                apply, codec, peak,
                codec.framesPerSecond() == 0 ? 0 : peak / codec.framesPerSecond(), jdbc == 0 ? 0 : peak / jdbc,
                targets);
    }

    void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
