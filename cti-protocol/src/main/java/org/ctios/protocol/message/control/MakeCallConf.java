package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * MAKE_CALL_CONF (57): Confirms MAKE_CALL_REQ with the new call's identity.
 */
public record MakeCallConf(long invokeId, long newConnectionCallId, int newConnectionDeviceIdType, int lineHandle,
                           int lineType, String newConnectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.MAKE_CALL_CONF;
    }
}
