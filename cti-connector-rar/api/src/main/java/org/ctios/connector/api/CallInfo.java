package org.ctios.connector.api;

import java.util.List;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallParty;

/** A call as SNAPSHOT_CALL answers it: its data and its devices with their connection states. */
public record CallInfo(long callId, int callType, CallData data, List<CallParty> parties) {

    public CallInfo {
        parties = List.copyOf(parties);
    }
}
