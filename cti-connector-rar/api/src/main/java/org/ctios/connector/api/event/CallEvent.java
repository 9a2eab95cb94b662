package org.ctios.connector.api.event;

import java.util.OptionalLong;

/** An event about one call, named by its ConnectionCallID. */
public sealed interface CallEvent extends CtiEvent permits CallBegun, CallQueued, CallDelivered, CallOriginated,
        CallEstablished, CallHeld, CallRetrieved, ConnectionCleared, CallCleared, CallEnded, CallDataUpdated,
        CallTransferred, CallConferenced, CallFailed, CallDiverted, CallSnapshot {

    long callId();

    /**
     * The call that merges with this event into the call that goes on: the consultation call of a transfer or a
     * conference, whose parties join the primary call {@link #callId()}; the old id of a call whose id changes
     * ({@link CallDataUpdated}, whose {@code callId} is then the old id). Empty for any other event, and for a
     * single-step transfer or a barge-in, which have no consultation call.
     */
    default OptionalLong mergedCallId() {
        return concerns().mergedCallId();
    }

    /** Every call event goes to the handler's one method for calls. */
    @Override
    default void handleWith(Handler handler) {
        handler.call(this);
    }
}
