package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** HEARTBEAT_REQ (5): the client checks the session is alive; the server answers HEARTBEAT_CONF. */
public record HeartbeatReq(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.HEARTBEAT_REQ;
    }
}
