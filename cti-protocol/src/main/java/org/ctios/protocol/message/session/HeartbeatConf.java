package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** HEARTBEAT_CONF (6): the answer to a HEARTBEAT_REQ. */
public record HeartbeatConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.HEARTBEAT_CONF;
    }
}
