package org.ctios.protocol.message.control;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * SUPERVISOR_ASSIST_EVENT (120): An agent asked for a supervisor's help. No Unified CCE guide prints its table; this
 * layout is the Unified CCX one, whose fixed part has exactly EMERGENCY_CALL_EVENT's shape (PeripheralID,
 * ConnectionCallID, ConnectionDeviceIDType, SessionID), with EMERGENCY_CALL_EVENT's optional agent fields added
 * (ClientAddress, AgentExtension, AgentID, AgentInstrument) so that a supervisor learns who asks. Inferred, not
 * checked against a live server; unknown trailing fields are skipped as for every message.
 */
public record SupervisorAssistEvent(long peripheralId, long connectionCallId, int connectionDeviceIdType,
                                    long sessionId, String connectionDeviceId, String clientId, String text,
                                    String clientAddress, String agentExtension, String agentId,
                                    String agentInstrument) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SUPERVISOR_ASSIST_EVENT;
    }
}
