package org.ctios.protocol.message.calldata;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RELEASE_CALL_REQ (28): Tells the CTI Server the client no longer needs a call's data. The guide lists no floating
 * fields for it; ConnectionDeviceID is taken from the reference sample.
 */
public record ReleaseCallReq(long invokeId, long peripheralId, int connectionDeviceIdType, long connectionCallId,
                             String connectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RELEASE_CALL_REQ;
    }
}
