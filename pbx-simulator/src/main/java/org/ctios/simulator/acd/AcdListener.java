package org.ctios.simulator.acd;

/** Told of every change in the simulated ACD, in the order the changes happen. */
public interface AcdListener {

    void agentStateChanged(SimAgent agent);
}
