package org.ctios.server.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes the keys that name each call for all time (ConnectionCallIDs are reused): UUIDs of version 7 (RFC 9562),
 * whose text begins with the time they were made, so that each new call's rows land at the end of the indexes
 * keyed by it (the history, the timeline) instead of at a random place in them.
 */
@ApplicationScoped
public class CallKeys {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    /** A key no call had before; in text, after every key this generator made before it. */
    public String next() {
        return generator.generate().toString();
    }
}
