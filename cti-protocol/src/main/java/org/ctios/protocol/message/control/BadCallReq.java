package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * BAD_CALL_REQ (139): An agent or supervisor marks a call as a bad line, so that the system records its trunk,
 * gateway and device data for troubleshooting. Decision: ConnectionDeviceIDType comes before ConnectionCallID, as
 * the 15.0 guide and the Unified CCX guide print it (so ConnectionCallID sits at offset 10); the 7.0 guide (version
 * 9) prints them the other way round, in the same 14 bytes. Not checked against a live server.
 */
public record BadCallReq(long invokeId, long peripheralId, int connectionDeviceIdType, long connectionCallId,
                         String connectionDeviceId, String agentId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.BAD_CALL_REQ;
    }
}
