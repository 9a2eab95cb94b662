package org.ctios.protocol.types;

/**
 * One party of a conference or transfer, from the repeated floating group ConnectedPartyCallID (tag 39),
 * ConnectedPartyDeviceIDType (tag 40) and ConnectedPartyDeviceID (tag 41). An absent member is {@code null}, so what
 * was received is what is re-encoded.
 */
public record ConnectedParty(Long connectedPartyCallId, Integer connectedPartyDeviceIdType,
                             String connectedPartyDeviceId) {

    public static ConnectedParty of(long callId, int deviceIdType, String deviceId) {
        return new ConnectedParty(callId, deviceIdType, deviceId);
    }
}
