package org.ctios.server.api.view;

import java.time.Instant;

/**
 * An agent's call for help (supervisor assist or emergency) that its team's supervisors have not taken yet.
 *
 * @param callId    the call the agent needs help with, or null when it had none
 * @param teamId    the agent's team, or null
 * @param emergency an emergency call rather than a supervisor assist
 * @param expiresAt when the alert closes if no supervisor took it and the call goes on
 */
public record HelpAlertView(String agentId, Integer teamId, Long callId, boolean emergency, Instant raisedAt,
                            Instant expiresAt) {
}
