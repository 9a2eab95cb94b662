package org.ctios.protocol.message.calldata;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLIENT_EVENT_REPORT_CONF (33): Confirms CLIENT_EVENT_REPORT_REQ.
 */
public record ClientEventReportConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLIENT_EVENT_REPORT_CONF;
    }
}
