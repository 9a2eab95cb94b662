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
 * CALL_DATA_UPDATE_EVENT (25): The call's data changed (call variables, ECC, wrap-up data), or the call got a new
 * ConnectionCallID.
 *
 * <p>The fixed part's count fields (numCtiClients, numNamedVariables, numNamedArrays) are kept as sent; the lists hold
 * what the floating part carried.
 */
public record CallDataUpdateEvent(long monitorId, long peripheralId, int peripheralType, int numCtiClients,
                                  int numNamedVariables, int numNamedArrays, int callType, int connectionDeviceIdType,
                                  long connectionCallId, int newConnectionDeviceIdType, long newConnectionCallId,
                                  int calledPartyDisposition, long campaignId, long queryRuleId,
                                  String connectionDeviceId, String newConnectionDeviceId, String ani,
                                  ByteString userToUserInfo, String dnis, String dialedNumber,
                                  String callerEnteredDigits, Long routerCallKeyDay, Long routerCallKeyCallId,
                                  Long routerCallKeySequenceNumber, CallVariables callVariables,
                                  String callWrapupData, List<NamedVariable> namedVariables,
                                  List<NamedArray> namedArrays, String customerPhoneNumber,
                                  String customerAccountNumber, List<CtiClientEntry> ctiClients,
                                  ByteString callReferenceId) implements CtiMessage {

    public CallDataUpdateEvent {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
        ctiClients = List.copyOf(ctiClients);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_DATA_UPDATE_EVENT;
    }
}
