package org.ctios.server.application.translation;

import org.ctios.connector.api.event.EventOrigin;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;

/** The connector's origin of an event as the domain's: its place in the link's stream and when it was received. */
public final class Origins {

    private Origins() {
    }

    public static Occurrence occurrence(EventOrigin origin) {
        return new Occurrence(stamp(origin), origin.receivedAt());
    }

    public static EventStamp stamp(EventOrigin origin) {
        return EventStamp.of(origin.epoch(), origin.sequence());
    }
}
