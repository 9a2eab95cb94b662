package org.ctios.protocol.message.snapshot;

/**
 * One device on a call in SNAPSHOT_CALL_CONF: the repeated group CallConnectionCallID (tag 56),
 * CallConnectionDeviceIDType (57), CallConnectionDeviceID (58), CallDeviceIDType (59), CallDeviceID (60) and
 * CallDeviceConnectionState (61). An absent member is {@code null}.
 *
 * @param callDeviceConnectionState a {@code LocalConnectionState} value: alerting, connected, held...
 */
public record CallDevice(Long callConnectionCallId, Integer callConnectionDeviceIdType, String callConnectionDeviceId,
                         Integer callDeviceType, String callDeviceId, Integer callDeviceConnectionState) {
}
