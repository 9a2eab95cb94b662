package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_SERVICE_INITIATED_EVENT (20): A device went off-hook to start a call. The guide lists no floating fields for
 * it; ConnectionDeviceID and CallingDeviceID are taken from the reference sample.
 */
public record CallServiceInitiatedEvent(long monitorId, long peripheralId, int peripheralType,
                                        int connectionDeviceIdType, long connectionCallId, int lineHandle,
                                        int lineType, long serviceNumber, long serviceId, long skillGroupNumber,
                                        long skillGroupId, int skillGroupPriority, int callingDeviceType,
                                        int localConnectionState, int eventCause, String connectionDeviceId,
                                        String callingDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_SERVICE_INITIATED_EVENT;
    }
}
