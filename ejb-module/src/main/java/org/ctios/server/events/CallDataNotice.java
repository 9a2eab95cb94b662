package org.ctios.server.events;

/** A call's data (numbers, call variables, ECC variables, wrap-up data) changed. */
public record CallDataNotice(long callId) implements CallNotice {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callData(this);
    }
}
