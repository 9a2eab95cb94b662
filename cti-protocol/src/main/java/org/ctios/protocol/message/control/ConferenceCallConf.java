package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ConnectedParty;

/**
 * CONFERENCE_CALL_CONF (49): Confirms CONFERENCE_CALL_REQ with the resulting call and its parties.
 *
 * <p>The fixed part's count fields (numParties) are kept as sent; the lists hold what the floating part carried.
 */
public record ConferenceCallConf(long invokeId, long newConnectionCallId, int newConnectionDeviceIdType,
                                 int numParties, int lineHandle, int lineType, String newConnectionDeviceId,
                                 List<ConnectedParty> connectedParties) implements InvokedMessage {

    public ConferenceCallConf {
        connectedParties = List.copyOf(connectedParties);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CONFERENCE_CALL_CONF;
    }
}
