package org.ctios.protocol.message.calldata;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SET_CALL_DATA_CONF (27): Confirms SET_CALL_DATA_REQ.
 */
public record SetCallDataConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SET_CALL_DATA_CONF;
    }
}
