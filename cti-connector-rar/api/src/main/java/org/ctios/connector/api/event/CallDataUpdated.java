package org.ctios.connector.api.event;

/**
 * The call's data changed (CALL_DATA_UPDATE_EVENT); {@code data} holds the whole of it as it now is.
 *
 * @param newCallId the call's ConnectionCallID from now on (the same as {@code callId} unless it changed)
 */
public record CallDataUpdated(EventOrigin origin, long callId, long newCallId, CallData data) implements CallEvent {

    /** The call goes on under {@code newCallId}; its old id, when it changed, is heard of no more. */
    @Override
    public Concerns concerns() {
        return Concerns.callMerging(newCallId, callId);
    }
}
