package org.ctios.server.events;

/** A device put a call on hold. */
public record CallHeldNotice(long callId, String device) implements CallNotice {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callHeld(this);
    }
}
