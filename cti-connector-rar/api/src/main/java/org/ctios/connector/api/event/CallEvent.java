package org.ctios.connector.api.event;

/** An event about one call, named by its ConnectionCallID. */
public sealed interface CallEvent extends CtiEvent permits CallBegun, CallQueued, CallDelivered, CallOriginated,
        CallEstablished, CallHeld, CallRetrieved, ConnectionCleared, CallCleared, CallEnded, CallDataUpdated,
        CallTransferred, CallConferenced, CallFailed, CallDiverted, CallSnapshot {

    long callId();
}
