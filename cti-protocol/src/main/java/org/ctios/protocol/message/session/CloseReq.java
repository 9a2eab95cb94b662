package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLOSE_REQ (7): the client ends the session.
 *
 * @param status why: E_CTI_NO_ERROR, E_CTI_CTI_SERVER_OFFLINE or E_CTI_TIMEOUT
 */
public record CloseReq(long invokeId, long status) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLOSE_REQ;
    }
}
