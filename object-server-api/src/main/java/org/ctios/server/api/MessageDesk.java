package org.ctios.server.api;

import org.ctios.server.api.view.UserMessagePage;

/**
 * Team messages (CTI OS's chat between a supervisor and its agents): send a text through the CTI Server, and read
 * the messages someone received. A message is stored, and reaches the event streams of its recipients, when the CTI
 * Server's USER_MESSAGE_EVENT is applied; it is kept {@code ctios.messages.retention-days} days. Who may send to whom
 * is not checked here.
 */
public interface MessageDesk {

    /** The most messages one page holds. */
    int MAX_PAGE_SIZE = 100;

    /**
     * Sends the message; returns once the CTI Server confirmed it (USER_MESSAGE_CONF).
     *
     * @throws UnknownAgentException  when it is for an agent no one knows
     * @throws UnknownTeamException   when it is for a team that is not configured
     * @throws ServerBusyException    when too many messages wait for the CTI Server's event
     */
    void send(MessageInput message);

    /**
     * The newest messages the agent received (for it, its team, everyone), newest first, below {@code beforeId}
     * when it is not null; {@code limit} 1 to {@link #MAX_PAGE_SIZE}.
     *
     * @throws UnknownAgentException when no agent has that id
     */
    UserMessagePage receivedByAgent(String agentId, Long beforeId, int limit);

    /**
     * The same for the supervisors of a team: the messages its agents sent them and those for everyone.
     *
     * @throws UnknownTeamException when the team is not configured
     */
    UserMessagePage receivedBySupervisors(int teamId, Long beforeId, int limit);
}
