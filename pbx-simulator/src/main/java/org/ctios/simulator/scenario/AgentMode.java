package org.ctios.simulator.scenario;

/** Who drives an agent of the simulated ACD. */
public enum AgentMode {
    /** The simulator plays the agent: logs in at start, answers after the ring time, talks, wraps up. */
    SIMULATED,
    /** Only CTI requests move the agent, as a person at a desktop would. */
    CONTROLLED,
    /**
     * Starts logged out; only CTI requests log the agent in and make it ready (or not ready, or log it out), as a
     * person at a desktop does at the start of a shift. Its calls the simulator plays as for {@link #SIMULATED}:
     * answered after the ring time, talked, wrapped up, available again. For load with desktops signing in.
     */
    SIMULATED_AFTER_LOGIN
}
