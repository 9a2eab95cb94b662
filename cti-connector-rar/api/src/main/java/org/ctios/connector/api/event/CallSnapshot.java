package org.ctios.connector.api.event;

import java.util.List;

/**
 * A call as the CTI Server reported it when the adapter resynchronised after (re)connecting (SNAPSHOT_CALL_CONF):
 * its data and every device on it with its connection state.
 */
public record CallSnapshot(EventOrigin origin, long callId, int callType, CallData data, List<CallParty> parties)
        implements CallEvent {

    public CallSnapshot {
        parties = List.copyOf(parties);
    }

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
