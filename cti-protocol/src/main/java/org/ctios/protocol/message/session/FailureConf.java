package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * FAILURE_CONF (1): the server refuses a request.
 *
 * @param status an E_CTI_* failure status code, see {@link org.ctios.protocol.types.FailureStatus}
 */
public record FailureConf(long invokeId, long status) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.FAILURE_CONF;
    }
}
