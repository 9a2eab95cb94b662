package org.ctios.server.events;

/** A device answered a call. */
public record CallEstablishedNotice(long callId, String device) implements CallNotice {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callEstablished(this);
    }
}
