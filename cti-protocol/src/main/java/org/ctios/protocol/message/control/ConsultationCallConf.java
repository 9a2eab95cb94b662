package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CONSULTATION_CALL_CONF (51): Confirms CONSULTATION_CALL_REQ with the new consultation call.
 */
public record ConsultationCallConf(long invokeId, long newConnectionCallId, int newConnectionDeviceIdType,
                                   int lineHandle, int lineType, String newConnectionDeviceId)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CONSULTATION_CALL_CONF;
    }
}
