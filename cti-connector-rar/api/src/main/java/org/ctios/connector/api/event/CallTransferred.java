package org.ctios.connector.api.event;

import java.util.List;

/**
 * A transfer completed (CALL_TRANSFERRED_EVENT): the transferring device left, and the parties of the secondary
 * (consultation) call joined the primary call {@code callId}.
 *
 * @param secondaryCallId the consultation call, or -1 for a single-step transfer
 * @param parties         the devices on the call now
 */
public record CallTransferred(EventOrigin origin, long callId, long secondaryCallId, String transferringDevice,
                              String transferredDevice, List<String> parties) implements CallEvent {

    public CallTransferred {
        parties = List.copyOf(parties);
    }

    /** The primary call goes on; the consultation call, whose parties joined it, ends. */
    @Override
    public Concerns concerns() {
        return Concerns.callMerging(callId, secondaryCallId);
    }
}
