package org.ctios.protocol.message.control;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * CONFERENCE_CALL_REQ (48): Joins a held call and an active call into a conference, or dials a party straight into
 * one.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record ConferenceCallReq(long invokeId, long peripheralId, long heldConnectionCallId,
                                long activeConnectionCallId, int heldConnectionDeviceIdType,
                                int activeConnectionDeviceIdType, int callPlacementType, int callMannerType,
                                int alertRings, int callOption, int facilityType, int answeringMachine,
                                boolean priority, boolean postRoute, int numNamedVariables, int numNamedArrays,
                                String activeConnectionDeviceId, String heldConnectionDeviceId,
                                String agentInstrument, String dialedNumber, ByteString userToUserInfo,
                                CallVariables callVariables, String callWrapupData,
                                List<NamedVariable> namedVariables, List<NamedArray> namedArrays, String facilityCode,
                                String authorizationCode, String accountCode) implements InvokedMessage {

    public ConferenceCallReq {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CONFERENCE_CALL_REQ;
    }
}
