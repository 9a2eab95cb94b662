package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {

    @Test
    void hasDefaultsForAFiveMinuteRun() {
        BenchmarkSettings settings = BenchmarkSettings.parse();

        assertThat(settings.warmUpEvents()).isEqualTo(360_000);
        assertThat(settings.warmUpRoundEvents()).isEqualTo(60_000);
        assertThat(settings.fixedRateEvents()).isEqualTo(100_000);
        assertThat(settings.maxRateEvents()).isEqualTo(150_000);
        assertThat(settings.totalEvents()).as("with the fan-out's round and phase").isEqualTo(820_000);
        assertThat(settings.rate()).isEqualTo(5_000);
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.profile()).isFalse();
        assertThat(settings.payaraJvmOptions()).containsExactly("-Xmx1g");
        assertThat(settings.sseClients()).as("no event stream clients: the figures of record").isZero();
        assertThat(settings.directory().isAbsolute()).isTrue();
        assertThat(settings.directory().endsWith(Path.of("benchmarks", "target"))).isTrue();
    }

    @Test
    void takesNamedArguments() {
        BenchmarkSettings settings = BenchmarkSettings.parse("--directory=/tmp/bench", "--warm-up-events=0",
                "--warm-up-round-events=5",
                "--fixed-rate-events=10",
                "--max-rate-events=20", "--rate=100.5", "--phase-timeout-seconds=7", "--profile=true",
                "--payara-jvm-options= -Xmx2g  -XX:+UseParallelGC ", "--sse-clients=10");

        assertThat(settings.directory()).isEqualTo(Path.of("/tmp/bench"));
        assertThat(settings.warmUpEvents()).isZero();
        assertThat(settings.warmUpRoundEvents()).isEqualTo(5);
        assertThat(settings.fixedRateEvents()).isEqualTo(10);
        assertThat(settings.maxRateEvents()).isEqualTo(20);
        assertThat(settings.rate()).isEqualTo(100.5);
        assertThat(settings.phaseTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.profile()).isTrue();
        assertThat(settings.payaraJvmOptions()).containsExactly("-Xmx2g", "-XX:+UseParallelGC");
        assertThat(settings.war()).isEqualTo(Path.of("/tmp/bench/cti.war"));
        assertThat(settings.sseClients()).isEqualTo(10);
    }

    @Test
    void theLiveSwitchHasAContactCentresDefaultsAndTakesItsOwnArguments() {
        BenchmarkSettings defaults = BenchmarkSettings.parse();
        BenchmarkSettings settings = BenchmarkSettings.parse("--live-agents=200", "--live-warm-up-seconds=5",
                "--live-seconds=6", "--step-seconds=7", "--step-rates=50, 100", "--report-directory=/tmp/report/x/..");

        assertThat(defaults.liveAgents()).isEqualTo(2_000);
        assertThat(defaults.stepRates()).containsExactly(100.0, 250.0, 500.0, 750.0, 1000.0, 1500.0);
        assertThat(defaults.reportDirectory().isAbsolute()).isTrue();
        assertThat(settings.liveAgents()).isEqualTo(200);
        assertThat(settings.liveWarmUp()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.liveSustained()).isEqualTo(Duration.ofSeconds(6));
        assertThat(settings.liveStep()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.stepRates()).containsExactly(50.0, 100.0);
        assertThat(settings.reportDirectory()).isEqualTo(Path.of("/tmp/report"));
        assertThatThrownBy(() -> BenchmarkSettings.parse("--live-agents=0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("--step-rates=100,0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShiftStartAndTheFanOutOnH2ByDefault() {
        BenchmarkSettings defaults = BenchmarkSettings.parse();

        assertThat(defaults.databases()).containsExactly("h2");
        assertThat(BenchmarkSettings.parse("--database=both").databases()).containsExactly("h2", "postgresql");
        assertThat(defaults.parts()).containsExactly("live", "shift-start", "replay");
        assertThat(defaults.fanOutClients()).isEqualTo(10);
        assertThat(defaults.shiftAgents()).isEqualTo(2_000);
        assertThat(defaults.shiftBurst()).isEqualTo(200);
        assertThat(defaults.shiftRamp()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.shiftWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.totalEvents()).as("the fan-out's warm-up round and phase too")
                .isEqualTo(610_000 + 60_000 + 150_000);
        assertThat(defaults.postgresqlScript().toString())
                .endsWith("arquillian-tests/src/test/postgresql/postgresql.sh");
    }

    @Test
    void takesTheShiftStartsTheDatabasesAndThePartsArguments() {
        BenchmarkSettings settings = BenchmarkSettings.parse("--database=postgresql", "--parts=shift-start, replay",
                "--fan-out-clients=0", "--shift-agents=500", "--shift-burst=50", "--shift-ramp-seconds=20",
                "--shift-window-seconds=15", "--postgresql-script=/opt/pg.sh");

        assertThat(settings.databases()).containsExactly("postgresql");
        assertThat(settings.parts()).containsExactly("shift-start", "replay");
        assertThat(settings.runs("live")).isFalse();
        assertThat(settings.runs("replay")).isTrue();
        assertThat(settings.fanOutClients()).isZero();
        assertThat(settings.totalEvents()).as("no fan-out: no frames for it").isEqualTo(610_000);
        assertThat(settings.shiftAgents()).isEqualTo(500);
        assertThat(settings.shiftBurst()).isEqualTo(50);
        assertThat(settings.shiftRamp()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.shiftWindow()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.postgresqlScript()).isEqualTo(Path.of("/opt/pg.sh"));
        assertThat(BenchmarkSettings.parse("--database=h2,postgresql").databases())
                .containsExactly("h2", "postgresql");
        assertThatThrownBy(() -> BenchmarkSettings.parse("--database=oracle"))
                .hasMessageContaining("h2, postgresql or both");
        assertThatThrownBy(() -> BenchmarkSettings.parse("--parts=failover"))
                .hasMessageContaining("parts");
        assertThatThrownBy(() -> BenchmarkSettings.parse("--shift-window-seconds=0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheOptionsThatDifferFromTheDefaultsForTheReportsCommand() {
        assertThat(BenchmarkSettings.nonDefaultOptions("--directory=/tmp/x", "--database=h2", "--rate=5000",
                "--step-rates=100, 250,500,750,1000,1500", "--payara-jvm-options=-Xmx1g ")).isEmpty();
        assertThat(BenchmarkSettings.nonDefaultOptions("--report-directory=/tmp/r", "--shift-agents=500",
                "--database=both", "--payara-jvm-options=-Xmx2g -XX:+UseZGC"))
                .containsExactly("-Dbenchmark.database=both", "-Dbenchmark.payara-jvm-options=\"-Xmx2g -XX:+UseZGC\"",
                        "-Dbenchmark.shift-agents=500");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchmarkSettings.parse("--events=5")).hasMessageContaining("--events=5");
        assertThatThrownBy(() -> BenchmarkSettings.parse("fixed-rate-events=5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("--rate=0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("--warm-up-events=-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("--warm-up-round-events=0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("--sse-clients=-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
