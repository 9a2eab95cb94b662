package org.ctios.simulator.replay;

import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;

/**
 * The traffic recorded for replay: a contact centre's shape (2,000 simulated agents in three skill groups; customer
 * calls queued, delivered, answered, one in ten held for five seconds and retrieved, cleared, then wrap-up) made
 * dense with short calls, so that a minute yields a few hundred thousand events.
 */
public final class ContactCentreTraffic {

    public static final int AGENTS = 2_000;
    /** About 11 events per call: a little over 6,000 events per second. */
    public static final double CALLS_PER_SECOND = 600;
    private static final double RING_SECONDS = 0.05;
    private static final double HANDLE_SECONDS = 0.4;
    private static final double WRAP_UP_SECONDS = 0.3;

    private ContactCentreTraffic() {
    }

    /** The dense scenario: agents are busy about 1.3 s per call, so 600 calls/s keep some 800 of them occupied. */
    public static Scenario dense() {
        return ScenarioLoader.load(AGENTS, CALLS_PER_SECOND, RING_SECONDS, HANDLE_SECONDS, WRAP_UP_SECONDS);
    }
}
