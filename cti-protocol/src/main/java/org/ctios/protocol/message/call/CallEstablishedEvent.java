package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_ESTABLISHED_EVENT (10): A device answered the call: the agent is now talking to the caller.
 */
public record CallEstablishedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                                   long connectionCallId, int lineHandle, int lineType, long serviceNumber,
                                   long serviceId, long skillGroupNumber, long skillGroupId, int skillGroupPriority,
                                   int answeringDeviceType, int callingDeviceType, int calledDeviceType,
                                   int lastRedirectDeviceType, int localConnectionState, int eventCause,
                                   String connectionDeviceId, String answeringDeviceId, String callingDeviceId,
                                   String calledDeviceId, String lastRedirectDeviceId, Long trunkNumber,
                                   Long trunkGroupNumber) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_ESTABLISHED_EVENT;
    }
}
