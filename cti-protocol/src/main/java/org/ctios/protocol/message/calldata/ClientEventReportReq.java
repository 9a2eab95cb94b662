package org.ctios.protocol.message.calldata;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLIENT_EVENT_REPORT_REQ (32): Reports a client-side event to the CTI Server. The guide gives only the fixed part;
 * ObjectName (tag 66, decided max 64) and Text (tag 7, max 255) are taken from the reference sample.
 */
public record ClientEventReportReq(long invokeId, int state, String objectName, String text) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLIENT_EVENT_REPORT_REQ;
    }
}
