package org.ctios.simulator.scenario;

/** A team of agents with the agent id of its supervisor. */
public record TeamProfile(int id, String name, String supervisorId) {
}
