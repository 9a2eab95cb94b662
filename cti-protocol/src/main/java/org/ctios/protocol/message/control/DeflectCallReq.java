package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * DEFLECT_CALL_REQ (52): Moves a call ringing (alerting) at a device to another device, as a call forward does.
 * CalledDeviceType is a DeviceIDType, as the other *DeviceType fields are (the sheet infers it; the guide does not
 * say). CTIOSCILClientID (tag 217), listed for it only in the tag table, is skipped as an unknown field.
 */
public record DeflectCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                             int calledDeviceType, String connectionDeviceId, String calledDeviceId,
                             String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.DEFLECT_CALL_REQ;
    }
}
