package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SUPERVISOR_ASSIST_REQ (118): An agent asks its team's supervisor for help, about the call it names (0xFFFFFFFF for none). The CTI Server finds the team's primary supervisor (else routes to one) and places a call to it; FAILURE_CONF when no supervisor is found. One of AgentExtension, AgentID and AgentInstrument names the agent when an All Events
 * client sends it. ConnectionDeviceID is not required here although the guide's table marks it so: a request about
 * no call has no device to name.
 */
public record SupervisorAssistReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                             String connectionDeviceId, String agentExtension, String agentId,
                             String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SUPERVISOR_ASSIST_REQ;
    }
}
