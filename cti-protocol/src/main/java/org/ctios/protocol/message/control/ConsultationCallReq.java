package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * CONSULTATION_CALL_REQ (50): Puts the active call on hold and dials a consultation call (for a transfer or
 * conference to follow).
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record ConsultationCallReq(long invokeId, long peripheralId, long activeConnectionCallId,
                                  int activeConnectionDeviceIdType, int callPlacementType, int callMannerType,
                                  int consultType, int alertRings, int callOption, int facilityType,
                                  int answeringMachine, boolean priority, boolean postRoute, int numNamedVariables,
                                  int numNamedArrays, String activeConnectionDeviceId, String dialedNumber,
                                  String agentInstrument, ByteString userToUserInfo, CallVariables callVariables,
                                  String callWrapupData, List<NamedVariable> namedVariables,
                                  List<NamedArray> namedArrays, String facilityCode, String authorizationCode,
                                  String accountCode) implements InvokedMessage {

    public ConsultationCallReq {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CONSULTATION_CALL_REQ;
    }
}
