package org.ctios.protocol.message.calldata;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RELEASE_CALL_CONF (29): Confirms RELEASE_CALL_REQ.
 */
public record ReleaseCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RELEASE_CALL_CONF;
    }
}
