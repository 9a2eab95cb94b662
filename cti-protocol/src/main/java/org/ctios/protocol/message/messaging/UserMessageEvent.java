package org.ctios.protocol.message.messaging;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * USER_MESSAGE_EVENT (109): a text another CTI Server client sent, as its USER_MESSAGE_REQ's Distribution said. It
 * carries the sender's ClientID and the text but, as the guide prints it, neither InvokeID, MonitorID nor whom it
 * was meant for: the CTI Server chose the receiving sessions.
 */
public record UserMessageEvent(long icmCentralControllerTime, int distribution, String clientId, String text)
        implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.USER_MESSAGE_EVENT;
    }
}
