package org.ctios.server.api.view;

import java.time.Instant;

/**
 * A text a supervisor or an agent sent, as it was distributed.
 *
 * @param sender        the account that sent it (or, for a message from another CTI client, that client's ClientID)
 * @param senderAgentId the sender's agent, when it is one
 * @param agentId       the agent it is for ({@link MessageAudience#AGENT}), else null
 * @param teamId        the team whose members or supervisors it is for, else null
 */
public record UserMessageView(long id, Instant sentAt, String sender, String senderAgentId, MessageAudience to,
                              String agentId, Integer teamId, String text) {
}
