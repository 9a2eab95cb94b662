package org.ctios.server.domain.stream;

import java.time.Instant;
import java.util.Objects;

/**
 * When something the CTI Server reported happened, as the domain sees it: its place in the link's stream, which
 * orders it against what an entity already reflects, and the time it was received, which the entity records.
 */
public record Occurrence(EventStamp stamp, Instant at) {

    public Occurrence {
        Objects.requireNonNull(stamp, "stamp");
    }
}
