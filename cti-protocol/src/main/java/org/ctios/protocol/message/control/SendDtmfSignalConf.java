package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SEND_DTMF_SIGNAL_CONF (92): Confirms SEND_DTMF_SIGNAL_REQ.
 */
public record SendDtmfSignalConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SEND_DTMF_SIGNAL_CONF;
    }
}
