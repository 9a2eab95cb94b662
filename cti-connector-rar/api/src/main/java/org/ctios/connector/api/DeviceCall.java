package org.ctios.connector.api;

import org.ctios.protocol.types.LocalConnectionState;

/** A call at a device as SNAPSHOT_DEVICE answers it. */
public record DeviceCall(long callId, String connectionDeviceId, LocalConnectionState state) {
}
