package org.ctios.connector.api.event;

import java.time.Instant;
import org.ctios.protocol.types.Distribution;

/**
 * A CTI Server client sent a text that reached this link's session (USER_MESSAGE_EVENT). The protocol says who sent
 * it (the sender's ClientID) and how it was distributed, not whom it was for: a monitor-mode session hears every
 * message, and the application decides which of its users it is for.
 *
 * @param distribution    how the sender distributed it; null for a value the protocol does not define
 * @param senderClientId  the sending client's ClientID
 * @param sentAt          the central controller's time of the message, to the second
 */
public record UserMessageReceived(EventOrigin origin, Distribution distribution, String senderClientId, String text,
                                  Instant sentAt) implements CtiEvent {

    /** Ordered among the events that name no agent: a message concerns no agent or call of the switch's. */
    @Override
    public Concerns concerns() {
        return Concerns.agent(null);
    }

    @Override
    public void handleWith(Handler handler) {
        handler.userMessageReceived(this);
    }
}
