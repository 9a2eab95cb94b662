package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * STOP_RECORDING_CONF (150): The recording stopped. ClientID and ClientAddress, added by the CTI Server, name the
 * recording server.
 */
public record StopRecordingConf(long invokeId, String clientId, String clientAddress) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.STOP_RECORDING_CONF;
    }
}
