package org.ctios.server.events;

/** Something happened to a call. */
public sealed interface CallNotice extends Notice permits CallDeliveredNotice, CallEstablishedNotice, CallHeldNotice,
        CallRetrievedNotice, CallEndedNotice, CallDataNotice, CallChangedNotice {

    long callId();
}
