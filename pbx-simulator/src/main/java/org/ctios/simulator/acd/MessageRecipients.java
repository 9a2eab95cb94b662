package org.ctios.simulator.acd;

/**
 * Whom a user message is for, as USER_MESSAGE_REQ says it: a distribution, and the client or the agent it names.
 *
 * @param clientId the receiving client, for {@link Distribution#CLIENT}
 * @param agent    the agent whose team (or team's supervisor) receives it, for {@link Distribution#SUPERVISOR}
 *                 and {@link Distribution#TEAM}
 */
public record MessageRecipients(Distribution distribution, String clientId, AgentName agent) {

    /** The protocol's Distribution, as the switch models it. */
    public enum Distribution {
        CLIENT, SUPERVISOR, TEAM, ALL
    }

    /** An agent named by any of its id, extension or instrument (null when not given). */
    public record AgentName(String agentId, String extension, String instrument) {
    }
}
