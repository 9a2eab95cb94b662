package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ConnectedParty;

/**
 * TRANSFER_CALL_CONF (65): Confirms TRANSFER_CALL_REQ with the resulting call and its parties.
 *
 * <p>The fixed part's count fields (numParties) are kept as sent; the lists hold what the floating part carried.
 */
public record TransferCallConf(long invokeId, long newConnectionCallId, int newConnectionDeviceIdType, int numParties,
                               int lineHandle, int lineType, String newConnectionDeviceId,
                               List<ConnectedParty> connectedParties) implements InvokedMessage {

    public TransferCallConf {
        connectedParties = List.copyOf(connectedParties);
    }

    @Override
    public MessageType messageType() {
        return MessageType.TRANSFER_CALL_CONF;
    }
}
