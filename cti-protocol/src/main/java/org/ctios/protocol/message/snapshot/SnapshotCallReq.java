package org.ctios.protocol.message.snapshot;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SNAPSHOT_CALL_REQ (82): Asks for everything known about one call.
 */
public record SnapshotCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                              String connectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SNAPSHOT_CALL_REQ;
    }
}
