package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_RETRIEVED_EVENT (12): A device took the call off hold.
 */
public record CallRetrievedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                                 long connectionCallId, int retrievingDeviceType, int localConnectionState,
                                 int eventCause, String connectionDeviceId, String retrievingDeviceId)
        implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_RETRIEVED_EVENT;
    }
}
