package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * END_CALL_EVENT (24): The peripheral forgot the call: the last event of every call.
 */
public record EndCallEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                           long connectionCallId, String connectionDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.END_CALL_EVENT;
    }
}
