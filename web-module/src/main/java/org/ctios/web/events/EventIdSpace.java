package org.ctios.web.events;

import java.util.random.RandomGenerator;

/**
 * Where a server's event ids start. A client resumes with the {@code Last-Event-ID} of whichever server it last read
 * from: an earlier run of this server, or, in a cluster, another server behind the same load balancer that numbers
 * the same notices itself. That id must not fall among the ids this server keeps for replay, or the client would
 * resume at a wrong place. Clock-based starts are not enough: servers of a cluster start within the same seconds
 * and number the same events, so their ranges overlap. A random start anywhere below 2^62 makes another server's id
 * land in this one's replay buffer (5,000 ids by default) with a chance of about one in 10^14 per pair of servers,
 * and leaves room for 2^62 events before the long runs out.
 */
final class EventIdSpace {

    static final long LIMIT = 1L << 62;

    private EventIdSpace() {
    }

    static long firstId(RandomGenerator random) {
        return random.nextLong(1, LIMIT);
    }
}
