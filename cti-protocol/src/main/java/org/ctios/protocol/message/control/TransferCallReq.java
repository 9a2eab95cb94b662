package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * TRANSFER_CALL_REQ (64): Transfers a call: completes a consultation transfer (active and held call), or, with a
 * DialedNumber and no held call, a single-step transfer.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record TransferCallReq(long invokeId, long peripheralId, long activeConnectionCallId,
                              long heldConnectionCallId, int activeConnectionDeviceIdType,
                              int heldConnectionDeviceIdType, int callPlacementType, int callMannerType,
                              int alertRings, int callOption, int facilityType, int answeringMachine,
                              boolean priority, boolean postRoute, int numNamedVariables, int numNamedArrays,
                              String activeConnectionDeviceId, String heldConnectionDeviceId, String agentInstrument,
                              String dialedNumber, ByteString userToUserInfo, CallVariables callVariables,
                              String callWrapupData, List<NamedVariable> namedVariables, List<NamedArray> namedArrays,
                              String facilityCode, String authorizationCode, String accountCode)
        implements InvokedMessage {

    public TransferCallReq {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.TRANSFER_CALL_REQ;
    }
}
