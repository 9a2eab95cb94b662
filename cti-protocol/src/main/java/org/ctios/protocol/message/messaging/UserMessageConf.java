package org.ctios.protocol.message.messaging;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** USER_MESSAGE_CONF (108): the CTI Server took USER_MESSAGE_REQ and distributed its text. */
public record UserMessageConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.USER_MESSAGE_CONF;
    }
}
