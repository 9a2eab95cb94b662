package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarksDocumentTest {

    private static LiveFigures.Load load(String name, double calls, double applied, double p99, boolean keptUp) {
        return new LiveFigures.Load(name, calls, 20, applied, applied, (long) applied * 20, 12.5, 4_000, 8.5, 20.5,
                p99, 150.0, false, 61, 300, 640, 700, keptUp);
    }

    private static BenchmarkReport.Phase phase(String name, String pacing, double perSecond, double p99) {
        return new BenchmarkReport.Phase(name, pacing, 100_000, 100_000, 0, 20, perSecond, perSecond, 2.7, 12.6, p99,
                86.3, true, 21, 60, 0L, 0L, List.of());
    }

    private static SystemReport report(double sustainedP99, LiveFigures.Failover failover) {
        LiveFigures live = new LiveFigures(2_000, new LiveFigures.StartUp(20.1, 24.4, 26.0, 610, 180),
                load("2,000 agents, 20 calls/s of 30 s", 20, 210, sustainedP99, true),
                List.of(load("100 calls/s of 0.4 s", 100, 1_070, 60, true),
                        load("250 calls/s of 0.4 s", 250, 2_400, 1_900, false)),
                "250 calls/s of 0.4 s", failover);
        BenchmarkReport apply = new BenchmarkReport("2026-11-28T22:00:00Z", Machine.current(),
                new BenchmarkReport.Recorded(610_000, 95.5, 6_387, Map.of()),
                List.of(phase("fixed rate", "5000/s", 4_998, 40.2), phase("max rate", "flat out", 8_869, 1_546)),
                new BenchmarkReport.Jdbc(150_000, 100, 3.0, 50_000), 0.177,
                new BenchmarkReport.Target(5_000, 50, true), List.of());
        return SystemReport.of("2026-11-28T22:00:00Z", SystemBenchmark.COMMAND, 700, List.of("-Xmx1g"), live, apply,
                new CodecBaseline.Result(5_000_000, Duration.ofSeconds(5)));
    }

    @Test
    void givesEachTargetWithItsFigureAndWhetherItWasMet() {
        SystemReport report = report(41.3, new LiveFigures.Failover(2_000, 200, 0.03, 1.2, 1.9, 2, 3, null));

        String text = BenchmarksDocument.text(report);

        assertThat(report.peakEventsPerSecond()).isEqualTo(8_869);
        assertThat(report.peakOfCodec()).isEqualTo(8_869 / 1_000_000.0);
        assertThat(report.peakOfJdbc()).isEqualTo(8_869 / 50_000.0);
        assertThat(text).contains("`" + SystemBenchmark.COMMAND + "`")
                .contains("| p99 41.3 ms (p50 8.5, p95 20.5) | yes |")
                .contains("| 8,869 events/s | **no** |")
                .contains("| 1.90 s | yes |")
                .contains("| 250 calls/s of 0.4 s | 2,400 | 2,400 |")
                .contains("The first step that fell behind: 250 calls/s of 0.4 s.")
                .contains("| protocol codec alone (decode) | 1,000,000 | 100 % | |")
                .contains("| raw JDBC batch inserts, batches of 100 | 50,000 | | 100 % |")
                .contains("| CTI OS, peak of this run | 8,869 | 0.89 % | 17.74 % |")
                .contains("(`-Xmx1g`, the RAR and the WAR deployed at boot), against the 2,000-agent switch")
                .contains("| the link is open on side B | 0.03 |")
                .contains("| all 2,000 agents stored logged in | 26.0 s |");
    }

    @Test
    void aSlowStreamOrAnUnfinishedDrillIsNotMet() {
        SystemReport report = report(140, new LiveFigures.Failover(2_000, 200, 0.03, -1, -1, 0, 0, "no snapshot"));

        String text = BenchmarksDocument.text(report);

        assertThat(report.targets().sustainedStreamP99()).isFalse();
        assertThat(report.targets().failover()).isFalse();
        assertThat(text).contains("| p99 140.0 ms (p50 8.5, p95 20.5) | **no** |")
                .contains("did not finish: no snapshot")
                .contains("| its snapshot has been read (agents and calls re-read) | not reached |");
    }
}
