package org.ctios.server.events;

/** Something happened to a call. */
public sealed interface CallNotice permits CallDeliveredNotice, CallEstablishedNotice, CallHeldNotice,
        CallRetrievedNotice, CallEndedNotice, CallDataNotice, CallChangedNotice {

    long callId();
}
