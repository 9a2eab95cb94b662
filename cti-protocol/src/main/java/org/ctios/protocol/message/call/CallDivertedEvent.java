package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_DIVERTED_EVENT (19): A call left a device it was ringing or queued at (forwarded, redirected, picked up
 * elsewhere). The guide lists no floating fields for it; ConnectionDeviceID, DivertingDeviceID and CalledDeviceID
 * are taken from the reference sample.
 */
public record CallDivertedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                                long connectionCallId, long serviceNumber, long serviceId, int divertingDeviceType,
                                int calledDeviceType, int localConnectionState, int eventCause,
                                String connectionDeviceId, String divertingDeviceId, String calledDeviceId)
        implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_DIVERTED_EVENT;
    }
}
