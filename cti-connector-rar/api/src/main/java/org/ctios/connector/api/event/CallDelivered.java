package org.ctios.connector.api.event;

/**
 * A call rings at a device (CALL_DELIVERED_EVENT): the screen pop.
 *
 * @param skillGroupNumber the skill group the call was routed for, or {@code null}
 */
public record CallDelivered(EventOrigin origin, long callId, String alertingDevice, String callingDevice,
                            String calledDevice, Long skillGroupNumber, CallData data) implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
