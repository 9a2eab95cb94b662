package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SEND_DTMF_SIGNAL_REQ (91): Asks the switch to play DTMF tones on a call on behalf of a party. ToneDuration
 * (a USHORT) and PauseDuration (a UINT, as the guide prints it) are milliseconds, 0 for the switch's default; the
 * switch may ignore them. DTMFString holds at most 31 characters (32 bytes with its NUL). The guide names no
 * character set for it, so the codec carries any characters; which ones a switch plays is the switch's business.
 * CTIOSCILClientID (tag 217), allowed in version 24 and removed in 25, has no size in the guide and is skipped as an
 * unknown field.
 */
public record SendDtmfSignalReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                                int toneDuration, long pauseDuration, String connectionDeviceId, String dtmfString,
                                String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SEND_DTMF_SIGNAL_REQ;
    }
}
