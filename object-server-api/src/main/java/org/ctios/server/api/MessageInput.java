package org.ctios.server.api;

import org.ctios.server.api.view.MessageAudience;

/**
 * A user message to send: who sends it, to whom, and its text. The text is what USER_MESSAGE_REQ carries: 1 to
 * {@link #MAX_TEXT_LENGTH} characters of ISO-8859-1 (the protocol's strings), no control characters (a line break
 * included: a desktop shows the message on one line, and a switch's other clients may not expect one). Who may send
 * to whom is the caller's to check.
 *
 * @param sender        the signed-in account sending it
 * @param senderAgentId the sender's agent, when it is one (an agent, or a supervisor who is an agent)
 * @param agentId       the agent it is for ({@link MessageAudience#AGENT})
 * @param teamId        the team it is for ({@link MessageAudience#TEAM}, {@link MessageAudience#SUPERVISORS})
 * @throws InvalidMessageException when the text breaks a rule above or the audience lacks its agent or team
 */
public record MessageInput(String sender, String senderAgentId, MessageAudience to, String agentId, Integer teamId,
                           String text) {

    /** The most characters a message holds: USER_MESSAGE_REQ's Text, 255 bytes with its NUL. */
    public static final int MAX_TEXT_LENGTH = 254;

    public MessageInput {
        if (sender == null || sender.isBlank()) {
            throw new InvalidMessageException("sender is required");
        }
        if (to == null) {
            throw new InvalidMessageException("to is required: AGENT, TEAM, SUPERVISORS or EVERYONE");
        }
        if (to == MessageAudience.AGENT && (agentId == null || agentId.isBlank())) {
            throw new InvalidMessageException("agentId is required for a message to an agent");
        }
        if ((to == MessageAudience.TEAM || to == MessageAudience.SUPERVISORS) && teamId == null) {
            throw new InvalidMessageException("teamId is required for a message to a team or its supervisors");
        }
        checkText(text);
    }

    private static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException("text is required: 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("text is " + text.length() + " characters long; at most "
                    + MAX_TEXT_LENGTH);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidMessageException("text holds a control character (U+"
                        + String.format("%04X", (int) c) + ") at " + i + ": write it on one line");
            }
            if (c > 0xFF) {
                throw new InvalidMessageException("text holds '" + c + "' at " + i + ", which the CTI protocol "
                        + "cannot carry: ISO-8859-1 (Latin-1) characters only");
            }
        }
    }
}
