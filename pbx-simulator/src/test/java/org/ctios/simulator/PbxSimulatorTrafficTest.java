package org.ctios.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.Test;

/** Changing the whole traffic of a running simulator, and hearing its switch events in the same JVM. */
class PbxSimulatorTrafficTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void newTrafficStartsCallsWithItsOwnTimesAndListenersHearEveryCallEnd() throws Exception {
        // Calls of an hour that never come: nothing ends until the traffic changes.
        try (PbxSimulator simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(
                ScenarioLoader.load(30, 0, 0.01, 3600, 0)))) {
            AtomicLong callsEnded = new AtomicLong();
            simulator.addListener(events -> events.stream().filter(AcdEvent.CallEnded.class::isInstance)
                    .forEach(ended -> callsEnded.incrementAndGet()));

            simulator.traffic(new TrafficProfile(200, Map.of(), Duration.ofMillis(5), Duration.ofMillis(20),
                    Duration.ZERO, Duration.ofSeconds(300), Duration.ofSeconds(20)));
            awaitAtLeast(callsEnded, 50);
            simulator.callsPerSecond(0);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (!simulator.calls().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(simulator.calls()).as("short calls drained").isEmpty();
            assertThat(simulator.stats().callsEnded()).isEqualTo(callsEnded.get());
            assertThat(simulator.stats().callsPerSecond()).isZero();
        }
    }

    private static void awaitAtLeast(AtomicLong counter, long target) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (counter.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(counter.get()).isGreaterThanOrEqualTo(target);
    }
}
