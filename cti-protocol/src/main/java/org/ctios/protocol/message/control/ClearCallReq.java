package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLEAR_CALL_REQ (44): Ends a whole call, releasing every device on it, where CLEAR_CONNECTION_REQ drops one device.
 * CTIOSCILClientID (tag 217), listed for it only in the tag table, is skipped as an unknown field.
 */
public record ClearCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                           String connectionDeviceId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLEAR_CALL_REQ;
    }
}
