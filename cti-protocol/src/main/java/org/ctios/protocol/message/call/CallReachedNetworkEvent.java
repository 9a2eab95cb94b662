package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_REACHED_NETWORK_EVENT (34): An outgoing call left the switch for the network on a trunk. The guide gives
 * only the fixed part; ConnectionDeviceID, TrunkUsedDeviceID, CalledDeviceID, TrunkNumber and TrunkGroupNumber are
 * taken from the reference sample.
 */
public record CallReachedNetworkEvent(long monitorId, long peripheralId, int peripheralType,
                                      int connectionDeviceIdType, long connectionCallId, int lineHandle, int lineType,
                                      int trunkUsedDeviceType, int calledDeviceType, int localConnectionState,
                                      int eventCause, String connectionDeviceId, String trunkUsedDeviceId,
                                      String calledDeviceId, Long trunkNumber, Long trunkGroupNumber)
        implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_REACHED_NETWORK_EVENT;
    }
}
