package org.ctios.protocol.message.control;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * EMERGENCY_CALL_EVENT (123): An agent declared an emergency; sent to bridge (All Events) clients, recording servers
 * and supervisors, even when no supervisor was found. SessionID is the CTI session of the client that declared it.
 */
public record EmergencyCallEvent(long peripheralId, long connectionCallId, int connectionDeviceIdType,
                                 long sessionId, String connectionDeviceId, String clientId, String clientAddress,
                                 String agentExtension, String agentId, String agentInstrument) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.EMERGENCY_CALL_EVENT;
    }
}
