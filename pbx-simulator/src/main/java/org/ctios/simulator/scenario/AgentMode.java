package org.ctios.simulator.scenario;

/** Who drives an agent of the simulated ACD. */
public enum AgentMode {
    /** The simulator plays the agent: logs in at start, answers after the ring time, talks, wraps up. */
    SIMULATED,
    /** Only CTI requests move the agent, as a person at a desktop would. */
    CONTROLLED
}
