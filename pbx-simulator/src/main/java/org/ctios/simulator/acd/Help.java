package org.ctios.simulator.acd;

/**
 * An agent's call for help as the switch handled it.
 *
 * @param callId       the call it needs help with, or -1 for none
 * @param supervisorId the supervisor the switch told, or null when none of its team is logged in
 * @param emergency    an emergency call rather than a supervisor assist
 */
public record Help(String agentId, String extension, long callId, String supervisorId, boolean emergency) {
}
