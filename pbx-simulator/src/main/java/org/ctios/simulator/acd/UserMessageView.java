package org.ctios.simulator.acd;

import java.util.List;

/**
 * A user message as the switch distributed it.
 *
 * @param senderClientId the ClientID of the session that sent it
 * @param agentIds       the agents it is for (their sessions receive it); empty when it is for everyone
 * @param everyone       every session receives it
 */
public record UserMessageView(String senderClientId, MessageRecipients.Distribution distribution, String text,
                              List<String> agentIds, boolean everyone) {

    public UserMessageView {
        agentIds = List.copyOf(agentIds);
    }
}
