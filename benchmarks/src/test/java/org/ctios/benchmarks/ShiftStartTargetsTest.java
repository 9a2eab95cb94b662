package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #18's targets read against the shift start's figures. */
class ShiftStartTargetsTest {

    static StreamOpenings openings(int streams, int opened, double p99, double max, Map<Integer, Long> statuses) {
        return new StreamOpenings(streams, opened, streams - opened, 0, new Latencies.Summary(opened, 20, p99, max),
                streams, new StatusCounts.Counts(statuses), 0, 0, List.of());
    }

    static LiveFigures.Load load(String name, double streamP99, double applied, double switchRate, boolean keptUp) {
        return new LiveFigures.Load(name, 20, 60, switchRate, applied, (long) applied * 60, 30, 1_000, 4, 9,
                streamP99, streamP99 + 10, false, 60, 500, 900, 640, keptUp, 20);
    }

    static ShiftStartFigures shift(StreamOpenings agents, StreamOpenings burst, Map<Integer, Long> loginStatuses,
                                   long rolledBack, double streamP99, long resident, double pollP99) {
        return shift(agents, burst, loginStatuses, rolledBack, streamP99, resident, pollP99,
                agents.streams() + 80 + burst.streams());
    }

    static ShiftStartFigures shift(StreamOpenings agents, StreamOpenings burst, Map<Integer, Long> loginStatuses,
                                   long rolledBack, double streamP99, long resident, double pollP99, int open) {
        ShiftStartFigures.Polls calls = new ShiftStartFigures.Polls("GET /cti/api/calls",
                new Latencies.Summary(120, 10, pollP99, pollP99 + 5), new StatusCounts.Counts(Map.of(200, 120L)),
                640);
        ShiftStartFigures.Polls agentList = new ShiftStartFigures.Polls("GET /cti/api/agents",
                new Latencies.Summary(120, 12, 40, 45), new StatusCounts.Counts(Map.of(200, 120L)), 2_000);
        return new ShiftStartFigures(2_000, 80, 60, 20, 4_360, 60, new ShiftStartFigures.StartUp(30, 31, 640), agents,
                openings(80, 80, 40, 60, Map.of(200, 80L)), new ShiftStartFigures.Logins(2_000, 2_000, 2_000,
                new Latencies.Summary(4_000, 15, 80, 120), new StatusCounts.Counts(loginStatuses), List.of()), burst,
                610, load("ramp", streamP99, 210, 200, true), load("burst", 12, 200, 200, true),
                new ShiftStartFigures.Open(open, open + 1, resident, 500, calls, agentList,
                        load("every stream open", 11, 205, 200, true)), rolledBack, 0, 0);
    }

    static ShiftStartFigures good() {
        return shift(openings(2_000, 2_000, 120, 400, Map.of(200, 2_000L)),
                openings(200, 200, 200, 600, Map.of(200, 200L)), Map.of(200, 4_000L), 0, 30, 800, 60);
    }

    private static List<SystemReport.Target> targets(ShiftStartFigures shift) {
        return SystemReport.targets(null, shift, null, 0).subList(3, 11);
    }

    @Test
    void aServerThatMeetsEveryTarget() {
        List<SystemReport.Target> targets = targets(good());

        assertThat(targets).extracting(SystemReport.Target::met).containsOnly(true);
        assertThat(targets.get(0).measured()).isEqualTo("2,280 of 2,280 (0 timed out)");
        assertThat(targets.get(1).measured()).isEqualTo("ramp p99 120.0 ms, max 400.0 ms; burst p99 200.0 ms, "
                + "max 600.0 ms");
        assertThat(targets.get(2).measured()).isEqualTo("5xx: 0; 503: 0; 429: 0");
        assertThat(targets.get(5).target()).startsWith("2,280 streams open");
        assertThat(targets.get(5).measured()).isEqualTo("800 MB");
        assertThat(targets.get(6).measured()).isEqualTo("calls p99 60.0 ms, agents p99 40.0 ms");
    }

    @Test
    void todaysServerMissesThemAndRefusalsAreNotErrors() {
        ShiftStartFigures shift = shift(openings(2_000, 1_200, 58_000, 59_900, Map.of(200, 1_200L, 0, 800L)),
                openings(200, 20, 59_000, 59_500, Map.of(200, 20L, 503, 150L, 429, 30L)),
                Map.of(202, 2_000L, 409, 900L, 504, 12L, 500, 1L), 3, 48_000, 1_300, 7_000);

        List<SystemReport.Target> targets = targets(shift);

        assertThat(targets.get(0).measured()).isEqualTo("1,300 of 2,280 (980 timed out)");
        assertThat(targets.get(0).met()).isFalse();
        assertThat(targets.get(1).met()).isFalse();
        assertThat(targets.get(2).measured()).isEqualTo("5xx: 13; 503: 150; 429: 30");
        assertThat(targets.get(2).met()).isFalse();
        assertThat(targets.get(3).measured()).isEqualTo("3");
        assertThat(targets.get(3).met()).isFalse();
        assertThat(targets.get(4).met()).isFalse();
        assertThat(targets.get(5).met()).isFalse();
        assertThat(targets.get(6).met()).isFalse();
    }

    @Test
    void withFewerStreamsOpenThanOpenedTheFiguresWithStreamsOpenDoNotMeetTheirTargets() {
        ShiftStartFigures shift = shift(openings(2_000, 700, 58_000, 59_900, Map.of(200, 700L)),
                openings(200, 200, 200, 600, Map.of(200, 200L)), Map.of(200, 4_000L), 0, 30, 800, 60, 980);

        List<SystemReport.Target> targets = targets(shift);

        assertThat(targets.get(5).measured()).isEqualTo("800 MB with only 980 of 2,280 streams open");
        assertThat(targets.get(5).met()).isFalse();
        assertThat(targets.get(6).measured()).endsWith("with only 980 of 2,280 streams open");
        assertThat(targets.get(6).met()).isFalse();
        assertThat(targets.get(7).met()).isFalse();
    }

    @Test
    void onlyRefusalsStillMeetTheNoErrorTarget() {
        ShiftStartFigures shift = shift(openings(2_000, 2_000, 120, 400, Map.of(200, 2_000L, 503, 10L)),
                openings(200, 200, 200, 600, Map.of(200, 200L, 429, 5L)), Map.of(200, 4_000L), 0, 30, 800, 60);

        assertThat(targets(shift).get(2).met()).isTrue();
        assertThat(targets(shift).get(2).measured()).isEqualTo("5xx: 0; 503: 10; 429: 5");
    }

    @Test
    void withoutTheShiftStartItsTargetsAreNotMeasured() {
        assertThat(targets(null)).extracting(SystemReport.Target::measured).containsOnly("not measured");
        assertThat(targets(null)).extracting(SystemReport.Target::met).containsOnly((Boolean) null);
    }
}
