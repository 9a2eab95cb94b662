package org.ctios.protocol.message.snapshot;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * SNAPSHOT_CALL_CONF (83): One call's data and the devices on it, in answer to SNAPSHOT_CALL_REQ: how a client
 * rebuilds a call after reconnecting. FltEnabledServices is null when the field is absent and empty when it came
 * with no values, so both re-encode as received.
 *
 * <p>The fixed part's count fields (numCtiClients, numCallDevices, numNamedVariables, numNamedArrays,
 * numOfEnabledServices) are kept as sent; the lists hold what the floating part carried.
 */
public record SnapshotCallConf(long invokeId, int callType, int numCtiClients, int numCallDevices,
                               int numNamedVariables, int numNamedArrays, int calledPartyDisposition, String ani,
                               ByteString userToUserInfo, String dnis, String dialedNumber,
                               String callerEnteredDigits, Long routerCallKeyDay, Long routerCallKeyCallId,
                               CallVariables callVariables, String callWrapupData, List<NamedVariable> namedVariables,
                               List<NamedArray> namedArrays, List<CtiClientEntry> ctiClients,
                               List<CallDevice> callDevices, ByteString callReferenceId, Long cocConnectionCallId,
                               Integer cocCallConnectionDeviceIdType, String cocCallConnectionDeviceId,
                               String protocolReferenceGuid, String ccaiConfigId, Integer numOfEnabledServices,
                               List<Integer> fltEnabledServices) implements InvokedMessage {

    public SnapshotCallConf {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
        ctiClients = List.copyOf(ctiClients);
        callDevices = List.copyOf(callDevices);
        fltEnabledServices = fltEnabledServices == null ? null : List.copyOf(fltEnabledServices);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SNAPSHOT_CALL_CONF;
    }
}
