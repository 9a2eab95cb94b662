package org.ctios.server.events;

/** A device took a call off hold. */
public record CallRetrievedNotice(long callId, String device) implements CallNotice {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callRetrieved(this);
    }
}
