package org.ctios.simulator.scenario;

import java.time.Duration;
import java.util.Map;

/**
 * How calls arrive and how simulated agents and callers behave.
 *
 * @param callsPerSecond      mean arrival rate over all skill groups (Poisson); 0 for injected calls only
 * @param skillGroupWeights   share of the arrivals per skill group number; equal shares when empty
 * @param ringTime            how long a simulated agent's phone rings before it answers
 * @param meanHandleTime      mean talk time of a simulated agent (exponentially distributed)
 * @param wrapUpTime          wrap-up after a call; zero sends agents straight back to available
 * @param meanPatience        mean time a queued caller waits before hanging up (exponential); zero: forever
 * @param ringNoAnswerTimeout how long a call rings at a controlled agent before it goes back to the queue
 */
public record TrafficProfile(double callsPerSecond, Map<Integer, Double> skillGroupWeights, Duration ringTime,
                             Duration meanHandleTime, Duration wrapUpTime, Duration meanPatience,
                             Duration ringNoAnswerTimeout) {

    public TrafficProfile {
        if (callsPerSecond < 0) {
            throw new IllegalArgumentException("callsPerSecond must not be negative");
        }
        skillGroupWeights = Map.copyOf(skillGroupWeights);
    }

    /** The demo's traffic: a call every five seconds, 30-second calls, 5 seconds of wrap-up. */
    public static TrafficProfile demo() {
        return new TrafficProfile(0.2, Map.of(), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(120), Duration.ofSeconds(20));
    }

    public TrafficProfile withCallsPerSecond(double rate) {
        return new TrafficProfile(rate, skillGroupWeights, ringTime, meanHandleTime, wrapUpTime, meanPatience,
                ringNoAnswerTimeout);
    }
}
