package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CONTROL_FAILURE_CONF (35): The peripheral refused a control request: FailureCode says why (a ControlFailureCode),
 * PeripheralErrorCode is the switch's own code.
 */
public record ControlFailureConf(long invokeId, int failureCode, long peripheralErrorCode) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CONTROL_FAILURE_CONF;
    }
}
