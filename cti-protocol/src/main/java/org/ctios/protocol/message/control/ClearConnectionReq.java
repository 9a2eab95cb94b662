package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLEAR_CONNECTION_REQ (46): Drops one device's connection from a call (an agent hangs up). Decision:
 * RequestingDeviceIDType is the floating field of tag 220, as in the tag table and the version 20 codec, so the
 * fixed part is 14 bytes; the guide's fixed-part row for it describes an optional field, which a fixed part cannot
 * have. CTIOSCILClientID (tag 217), allowed up to version 24 and removed in 25, has no size in the guide and is
 * skipped as an unknown field.
 */
public record ClearConnectionReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                                 String connectionDeviceId, String agentInstrument, String requestingDeviceId,
                                 Integer requestingDeviceIdType) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLEAR_CONNECTION_REQ;
    }
}
