package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarksDocumentTest {

    private static LiveFigures.Load load(String name, double calls, double applied, double p99, boolean keptUp) {
        return new LiveFigures.Load(name, calls, 20, applied, applied, (long) applied * 20, 12.5, 4_000, 8.5, 20.5,
                p99, 150.0, false, 61, 300, 640, 700, keptUp, 12);
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
        BenchmarkReport apply = new BenchmarkReport("h2", "2026-11-28T22:00:00Z", Machine.current(),
                new BenchmarkReport.Recorded(610_000, 95.5, 6_387, Map.of()),
                List.of(phase("fixed rate", "5000/s", 4_998, 40.2), phase("max rate", "flat out", 8_869, 1_546)),
                new BenchmarkReport.Jdbc(150_000, 100, 3.0, 50_000), 0.177,
                new BenchmarkReport.Target(5_000, 50, true), List.of(), null, null);
        SystemReport.Codec codec = SystemReport.Codec.of(new CodecBaseline.Result(5_000_000, Duration.ofSeconds(5)));
        SystemReport.Run run = SystemReport.Run.of("h2", "H2", new SystemReport.Outcome<>(live, null),
                SystemReport.Outcome.notRun(), new SystemReport.Outcome<>(apply, null), codec);
        return SystemReport.of("2026-11-28T22:00:00Z", SystemBenchmark.COMMAND, 700, List.of("-Xmx1g"),
                List.of("live", "replay"), List.of(run), codec, 130, 0.6);
    }

    @Test
    void givesEachTargetWithItsFigureAndWhetherItWasMet() {
        SystemReport report = report(41.3, new LiveFigures.Failover(2_000, 200, 0.03, 1.2, 1.9, 2, 3, null));

        String text = BenchmarksDocument.text(report);

        SystemReport.Run run = report.runs().get(0);
        assertThat(run.peakEventsPerSecond()).isEqualTo(8_869);
        assertThat(run.peakOfCodec()).isEqualTo(8_869 / 1_000_000.0);
        assertThat(run.peakOfJdbc()).isEqualTo(8_869 / 50_000.0);
        assertThat(text).contains("`" + SystemBenchmark.COMMAND + "`")
                .contains("; load average (1 min) 0.60 when the run began, ")
                .contains("- Parts: live, replay; minutes each: recording and codec 2.2; H2: live 0.0, shift start "
                        + "0.0, replay 0.0")
                .contains("| p99 41.3 ms (p50 8.5, p95 20.5) | yes |")
                .contains("| 8,869 events/s | **no** |")
                .contains("| 1.90 s | yes |")
                .contains("| 250 calls/s of 0.4 s | 2,400 | 2,400 |")
                .contains("H2: the first step that fell behind: 250 calls/s of 0.4 s.")
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

        assertThat(report.runs().get(0).targets().get(0).met()).isFalse();
        assertThat(report.runs().get(0).targets().get(2).met()).isFalse();
        assertThat(text).contains("| p99 140.0 ms (p50 8.5, p95 20.5) | **no** |")
                .contains("did not finish: no snapshot")
                .contains("| its snapshot has been read (agents and calls re-read) | not reached |");
    }

    @Test
    void putsEachDatabasesFiguresBesideTheOthersAndReportsAFailedPart() {
        SystemReport one = report(41.3, new LiveFigures.Failover(2_000, 200, 0.03, 1.2, 1.9, 2, 3, null));
        BenchmarkReport h2Replay = one.runs().get(0).apply();
        BenchmarkReport.FanOut fanOut = BenchmarkReport.FanOut.of(
                phase("max rate, 10 clients", "flat out, 10 clients", 4_500, 2_100),
                List.of(new SseClientFigures(1, 70_000, 0, false, 0, 0, 0, 0, 0, 0, 40),
                        new SseClientFigures(2, 70_000, 0, false, 0, 0, 0, 0, 0, 0, 50)));
        BenchmarkReport withFanOut = new BenchmarkReport("h2", h2Replay.date(), h2Replay.machine(),
                h2Replay.recording(), h2Replay.phases(), h2Replay.jdbc(), h2Replay.ratio(), h2Replay.target(),
                List.of(), fanOut, null);
        SystemReport.Codec codec = one.codec();
        SystemReport.Run h2 = SystemReport.Run.of("h2", "H2", new SystemReport.Outcome<>(one.runs().get(0).live(),
                null), new SystemReport.Outcome<>(ShiftStartTargetsTest.good(), null),
                new SystemReport.Outcome<>(withFanOut, null), codec);
        SystemReport.Run postgresql = SystemReport.Run.of("postgresql", "PostgreSQL",
                new SystemReport.Outcome<>(null, "java.io.IOException: CTI OS was not ready"),
                new SystemReport.Outcome<>(ShiftStartTargetsTest.good(), null), SystemReport.Outcome.notRun(), codec);
        SystemReport report = SystemReport.of("2026-12-06T10:00:00Z", SystemBenchmark.COMMAND, 1_500,
                List.of("-Xmx1g"), List.of("live", "shift-start", "replay"), List.of(h2, postgresql), codec, 130, -1);

        String text = BenchmarksDocument.text(report);

        assertThat(text).contains("| target | H2 | met | PostgreSQL | met |")
                .contains("| failover of side A with 2,000 agents: state equal to the switch's in under 5 s "
                        + "| 1.90 s | yes | did not finish | — |")
                .contains("| shift start (2,000 desktops in 60 s, then 200 streams at once): every stream opens "
                        + "| 2,280 of 2,280 (0 timed out) | yes | 2,280 of 2,280 (0 timed out) | yes |")
                .contains("PostgreSQL: this part did not finish: java.io.IOException: CTI OS was not ready")
                .contains("| database | load |")
                .contains("| H2 | 2,000 agents, 20 calls/s of 30 s |")
                .contains("| **agent-mode streams (ramp)**: with their snapshot in time | 2,000 of 2,000 (0 timed "
                        + "out, 0 refused) | 2,000 of 2,000 (0 timed out, 0 refused) |")
                .contains("| to the snapshot p50 / p99 / max | 20.0 / 120.0 / 400.0 ms |")
                .contains("| requests (retries included) and their answers | 2,000 (200: 2,000) |")
                .contains("| `GET /cti/api/calls` p50 / p99 / max | 10.0 / 60.0 / 65.0 ms |")
                .contains("| Payara's resident memory / heap in use | 800 MB / 500 MB |")
                .contains("| flat out with the clients: applied events/s (p99 ms) | 4,500 (2,100.0) |")
                .contains("| applied and read by every client, events/s | 2,000 |")
                .contains("| every client read every event | yes |")
                .contains("| stream events each client read (fewest – most) | 70,000 (all alike) |")
                .contains("| flat out with 2 clients reading every event: at least 15,000 events/s applied and "
                        + "delivered to every client | 2,000 events/s (applied 4,500/s) | **no** | not measured "
                        + "| — |");
    }
}
