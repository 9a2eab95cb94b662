package org.ctios.protocol.message.calldata;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * SET_CALL_DATA_REQ (26): Sets call data (call variables, ECC, wrap-up data...) on a call; confirmed by
 * SET_CALL_DATA_CONF and announced by CALL_DATA_UPDATE_EVENT.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record SetCallDataReq(long invokeId, long peripheralId, int connectionDeviceIdType, long connectionCallId,
                             int numNamedVariables, int numNamedArrays, int callType, int calledPartyDisposition,
                             long campaignId, long queryRuleId, String connectionDeviceId, String ani,
                             ByteString userToUserInfo, String callerEnteredDigits, CallVariables callVariables,
                             String callWrapupData, List<NamedVariable> namedVariables, List<NamedArray> namedArrays,
                             String customerPhoneNumber, String customerAccountNumber, Long routerCallKeyDay,
                             Long routerCallKeyCallId, Long routerCallKeySequenceNumber, Integer callOriginatedFrom)
        implements InvokedMessage {

    public SetCallDataReq {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SET_CALL_DATA_REQ;
    }
}
