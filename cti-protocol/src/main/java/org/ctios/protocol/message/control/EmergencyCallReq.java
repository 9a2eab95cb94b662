package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * EMERGENCY_CALL_REQ (121): An agent declares an emergency about the call it names (0xFFFFFFFF for none): as SUPERVISOR_ASSIST_REQ, and EMERGENCY_CALL_EVENT goes to every bridge client even when no supervisor is found. One of AgentExtension, AgentID and AgentInstrument names the agent when an All Events
 * client sends it. ConnectionDeviceID is not required here although the guide's table marks it so: a request about
 * no call has no device to name.
 */
public record EmergencyCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                             String connectionDeviceId, String agentExtension, String agentId,
                             String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.EMERGENCY_CALL_REQ;
    }
}
