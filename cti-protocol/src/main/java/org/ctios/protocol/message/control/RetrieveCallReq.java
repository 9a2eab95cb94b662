package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RETRIEVE_CALL_REQ (62): Takes a held call off hold.
 */
public record RetrieveCallReq(long invokeId, long peripheralId, long heldConnectionCallId,
                              int heldConnectionDeviceIdType, String heldConnectionDeviceId, String agentInstrument)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RETRIEVE_CALL_REQ;
    }
}
