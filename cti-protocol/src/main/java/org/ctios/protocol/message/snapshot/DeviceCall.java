package org.ctios.protocol.message.snapshot;

/**
 * One call at a device in SNAPSHOT_DEVICE_CONF: the repeated group CallConnectionCallID (tag 56),
 * CallConnectionDeviceIDType (57), CallConnectionDeviceID (58), CallState (75) and SilentMonitorStatus (218). An
 * absent member is {@code null}.
 *
 * @param callState the device's connection to the call, a {@code LocalConnectionState} value
 */
public record DeviceCall(Long callConnectionCallId, Integer callConnectionDeviceIdType, String callConnectionDeviceId,
                         Integer callState, Integer silentMonitorStatus) {
}
