package org.ctios.protocol.message.snapshot;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SNAPSHOT_DEVICE_REQ (84): Asks for the calls at a device (an agent's instrument).
 */
public record SnapshotDeviceReq(long invokeId, long peripheralId, int snapshotDeviceType, String agentInstrument)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SNAPSHOT_DEVICE_REQ;
    }
}
