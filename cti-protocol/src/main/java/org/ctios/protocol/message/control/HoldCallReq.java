package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * HOLD_CALL_REQ (54): Puts a call on hold.
 */
public record HoldCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                          boolean reservation, String connectionDeviceId, String agentInstrument)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.HOLD_CALL_REQ;
    }
}
