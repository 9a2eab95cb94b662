package org.ctios.protocol.message.session;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * FAILURE_EVENT (2): the server reports a failure not tied to a request (a CTI Server going offline, say).
 *
 * @param status an E_CTI_* failure status code, see {@link org.ctios.protocol.types.FailureStatus}
 */
public record FailureEvent(long status) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.FAILURE_EVENT;
    }
}
