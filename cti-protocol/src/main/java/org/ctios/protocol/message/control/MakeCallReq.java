package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * MAKE_CALL_REQ (56): Dials a call from an agent's instrument.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record MakeCallReq(long invokeId, long peripheralId, int callPlacementType, int callMannerType, int alertRings,
                          int callOption, int facilityType, int answeringMachine, boolean priority, boolean postRoute,
                          int numNamedVariables, int numNamedArrays, long skillGroupNumber, String agentInstrument,
                          String dialedNumber, ByteString userToUserInfo, CallVariables callVariables,
                          String callWrapupData, List<NamedVariable> namedVariables, List<NamedArray> namedArrays,
                          String facilityCode, String authorizationCode, String accountCode, String callControlTable)
        implements InvokedMessage {

    public MakeCallReq {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.MAKE_CALL_REQ;
    }
}
