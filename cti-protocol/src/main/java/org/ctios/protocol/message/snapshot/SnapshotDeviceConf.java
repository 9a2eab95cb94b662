package org.ctios.protocol.message.snapshot;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SNAPSHOT_DEVICE_CONF (85): The calls at a device and their states, in answer to SNAPSHOT_DEVICE_REQ.
 *
 * <p>The fixed part's count fields (numCalls) are kept as sent; the lists hold what the floating part carried.
 */
public record SnapshotDeviceConf(long invokeId, int numCalls, List<DeviceCall> calls) implements InvokedMessage {

    public SnapshotDeviceConf {
        calls = List.copyOf(calls);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SNAPSHOT_DEVICE_CONF;
    }
}
