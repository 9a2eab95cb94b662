package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * BEGIN_CALL_EVENT (23): A call entered the peripheral: the first event of every call, with its call data (ANI,
 * DNIS, call variables, ECC) and router call key.
 *
 * <p>The fixed part's count fields (numCtiClients, numNamedVariables, numNamedArrays) are kept as sent; the lists hold
 * what the floating part carried.
 */
public record BeginCallEvent(long monitorId, long peripheralId, int peripheralType, int numCtiClients,
                             int numNamedVariables, int numNamedArrays, int callType, int connectionDeviceIdType,
                             long connectionCallId, int calledPartyDisposition, String connectionDeviceId, String ani,
                             ByteString userToUserInfo, String dnis, String dialedNumber, String callerEnteredDigits,
                             Long routerCallKeyDay, Long routerCallKeyCallId, Long routerCallKeySequenceNumber,
                             CallVariables callVariables, String callWrapupData, List<NamedVariable> namedVariables,
                             List<NamedArray> namedArrays, List<CtiClientEntry> ctiClients, ByteString callReferenceId)
        implements CtiMessage {

    public BeginCallEvent {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
        ctiClients = List.copyOf(ctiClients);
    }

    @Override
    public MessageType messageType() {
        return MessageType.BEGIN_CALL_EVENT;
    }
}
