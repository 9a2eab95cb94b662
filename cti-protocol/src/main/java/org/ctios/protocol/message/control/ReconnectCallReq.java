package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RECONNECT_CALL_REQ (60): Clears the active call at a device and retrieves its held call, in one step on the
 * switch (an agent abandons a consultation and goes back to the customer). CTIOSCILClientID (tag 217), listed for it
 * only in the tag table, is skipped as an unknown field.
 */
public record ReconnectCallReq(long invokeId, long peripheralId, long activeConnectionCallId,
                               long heldConnectionCallId, int activeConnectionDeviceIdType,
                               int heldConnectionDeviceIdType, String activeConnectionDeviceId,
                               String heldConnectionDeviceId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RECONNECT_CALL_REQ;
    }
}
