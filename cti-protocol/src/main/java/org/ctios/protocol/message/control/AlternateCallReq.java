package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * ALTERNATE_CALL_REQ (40): Holds the active call and retrieves the other (held) call at the same device, in one step
 * on the switch. The guide also allows an alerting call as the other call, to answer it. CTIOSCILClientID (tag 217),
 * which the tag table lists for this message but the message table does not, has no size in the guide and is
 * skipped as an unknown field.
 */
public record AlternateCallReq(long invokeId, long peripheralId, long activeConnectionCallId,
                               long otherConnectionCallId, int activeConnectionDeviceIdType,
                               int otherConnectionDeviceIdType, String activeConnectionDeviceId,
                               String otherConnectionDeviceId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.ALTERNATE_CALL_REQ;
    }
}
