package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * STOP_RECORDING_REQ (149): Stops the recording START_RECORDING_REQ began: SessionID and ServerData as its
 * confirmation gave them (SessionID 0 for any recording server). The floating fields are those of
 * {@link StartRecordingReq}, with the same rules.
 */
public record StopRecordingReq(long invokeId, long peripheralId, long connectionCallId, long clientPort,
                               long sessionId, long serverData, int connectionDeviceIdType, int direction,
                               String connectionDeviceId, String clientId, String clientAddress, String agentExtension,
                               String agentId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.STOP_RECORDING_REQ;
    }
}
