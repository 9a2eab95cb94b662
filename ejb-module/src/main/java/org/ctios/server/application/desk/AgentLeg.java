package org.ctios.server.application.desk;

import org.ctios.protocol.types.LocalConnectionState;

/**
 * An agent's connection to a call in progress: where the agent acts on it.
 *
 * @param device the agent's device on the call (its instrument or extension)
 */
public record AgentLeg(long callId, String device, LocalConnectionState state) {

    /** The leg has ended (NULL, FAIL or no state): it counts for nothing. */
    boolean isLive() {
        return state != null && state != LocalConnectionState.NULL && state != LocalConnectionState.FAIL
                && state != LocalConnectionState.NONE;
    }
}
