package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * START_RECORDING_CONF (148): A recording server records the call. The client echoes SessionID and ServerData in
 * STOP_RECORDING_REQ: SessionID 0xFFFFFFFF means the stop must reach this recording server only, 0 any of them.
 * ClientID and ClientAddress, added by the CTI Server, name the recording server.
 */
public record StartRecordingConf(long invokeId, long sessionId, long serverData, String clientId,
                                 String clientAddress) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.START_RECORDING_CONF;
    }
}
