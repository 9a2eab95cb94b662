package org.ctios.server.api.view;

import java.util.List;

/**
 * A page of the messages someone received, newest first.
 *
 * @param nextBeforeId the {@code beforeId} that reads the page after this one; null when this page is the last
 */
public record UserMessagePage(List<UserMessageView> messages, Long nextBeforeId) {

    public UserMessagePage {
        messages = List.copyOf(messages);
    }
}
