package org.ctios.connector.api.event;

import java.util.List;

/**
 * A conference formed on the primary call {@code callId} (CALL_CONFERENCED_EVENT), after a consultation or a
 * supervisor's barge-in (then {@code eventCause} is SUPERVISOR_BARGE_IN).
 *
 * @param secondaryCallId the consultation call that joined, or -1
 * @param parties         the devices on the call now
 */
public record CallConferenced(EventOrigin origin, long callId, long secondaryCallId, String controllerDevice,
                              String addedPartyDevice, List<String> parties, int eventCause) implements CallEvent {

    public CallConferenced {
        parties = List.copyOf(parties);
    }

    /** The primary call goes on; the consultation call, whose parties joined it, ends. */
    @Override
    public Concerns concerns() {
        return Concerns.callMerging(callId, secondaryCallId);
    }
}
