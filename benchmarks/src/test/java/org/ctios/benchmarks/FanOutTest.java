package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fan-out's figures: applied by the server, and applied and read by every client. */
class FanOutTest {

    private static BenchmarkReport.Phase phase(long applied, double perSecond) {
        return new BenchmarkReport.Phase("max rate, 2 clients", "flat out, 2 clients", 150_000, applied, 0, 10, 15_000,
                perSecond, 900, 1_100, 1_400, 1_500, applied >= 150_000, 11, 95, 0L, 0L, List.of());
    }

    private static SseClientFigures client(int number, long events, double seconds, boolean restarted,
                                           int reconnects) {
        return new SseClientFigures(number, events, restarted ? 1 : 0, restarted, reconnects, 0, 0, 0, 0, 0,
                seconds);
    }

    @Test
    void everyClientHasEverythingWhenTheSlowestHasReadItsLastEvent() {
        BenchmarkReport.FanOut fanOut = BenchmarkReport.FanOut.of(phase(150_000, 16_000),
                List.of(client(1, 108_000, 9.0, false, 0), client(2, 108_000, 10.0, false, 0)));

        assertThat(fanOut.clients()).isEqualTo(2);
        assertThat(fanOut.deliveredEventsPerSecond()).isEqualTo(15_000);
        assertThat(fanOut.everyClientEverything()).isTrue();
        assertThat(fanOut.slowestClientEventsPerSecond()).isEqualTo(10_800);
        assertThat(fanOut.met()).isTrue();
    }

    @Test
    void aClientThatMissedEventsOrCameBackFailsTheTarget() {
        BenchmarkReport.FanOut fewer = BenchmarkReport.FanOut.of(phase(150_000, 16_000),
                List.of(client(1, 108_000, 5.0, false, 0), client(2, 107_000, 5.0, false, 0)));
        BenchmarkReport.FanOut restarted = BenchmarkReport.FanOut.of(phase(150_000, 16_000),
                List.of(client(1, 108_000, 5.0, false, 0), client(2, 108_000, 5.0, true, 1)));
        BenchmarkReport.FanOut slow = BenchmarkReport.FanOut.of(phase(150_000, 16_000),
                List.of(client(1, 108_000, 20.0, false, 0)));

        assertThat(fewer.everyClientEverything()).isFalse();
        assertThat(fewer.met()).isFalse();
        assertThat(restarted.everyClientEverything()).isFalse();
        assertThat(slow.deliveredEventsPerSecond()).isEqualTo(7_500);
        assertThat(slow.met()).isFalse();
        assertThat(BenchmarkReport.FanOut.of(phase(150_000, 16_000), List.of()).deliveredEventsPerSecond()).isZero();
    }
}
