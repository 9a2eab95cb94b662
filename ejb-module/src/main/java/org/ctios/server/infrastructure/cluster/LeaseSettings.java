package org.ctios.server.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CTI link holder's lease in a cluster: how long it lasts unrenewed ({@code ctios.cluster.lease}, ISO-8601,
 * default {@code PT3S}: a holder paused or cut off from the data grid that long stops writing and closes its link,
 * and a successor waits that long before it opens its own) and how often the holder renews it
 * ({@code ctios.cluster.lease-renewal}, default a third of the lease, at most half of it, so that one late renewal
 * does not lose it).
 */
@ApplicationScoped
public class LeaseSettings {

    static final String LEASE = "ctios.cluster.lease";
    static final String RENEWAL = "ctios.cluster.lease-renewal";
    private static final Duration SHORTEST_LEASE = Duration.ofMillis(500);

    private Duration lease;
    private Optional<Duration> renewal;

    /** For the container's proxy. */
    protected LeaseSettings() {
    }

    @Inject
    public LeaseSettings(@ConfigProperty(name = LEASE, defaultValue = "PT3S") Duration lease,
                         @ConfigProperty(name = RENEWAL) Optional<Duration> renewal) {
        this.lease = lease;
        this.renewal = renewal;
    }

    /** @throws IllegalStateException when shorter than half a second: the data grid's round trips need more */
    public Duration lease() {
        if (lease.compareTo(SHORTEST_LEASE) < 0) {
            throw new IllegalStateException(LEASE + " must be at least " + SHORTEST_LEASE.toMillis() + " ms, was "
                    + lease);
        }
        return lease;
    }

    /** @throws IllegalStateException when not positive or longer than half the lease */
    public Duration renewEvery() {
        Duration every = renewal.orElseGet(() -> lease().dividedBy(3));
        if (every.isNegative() || every.isZero() || every.compareTo(lease().dividedBy(2)) > 0) {
            throw new IllegalStateException(RENEWAL + " must be positive and at most half of " + LEASE + " ("
                    + lease() + "), was " + every);
        }
        return every;
    }

    /** What a successor waits beyond the lease: the old holder's clock may run a little slower than its own. */
    public Duration margin() {
        return lease().dividedBy(10).plusMillis(100);
    }
}
