package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.util.Objects;

/**
 * What the link needs to know, validated once: where the CTI Server is, who we are, and the timing rules.
 *
 * @param heartbeatInterval time between two HEARTBEAT_REQs; three unanswered in a row mean the link is lost
 * @param openTimeout       longest wait for OPEN_CONF (and for the TCP connection)
 * @param reconnectDelay    wait before connecting again after the link was lost
 */
public record LinkSettings(String host, int port, String clientId, String clientPassword, long serviceMask,
                           Duration heartbeatInterval, Duration openTimeout, Duration reconnectDelay) {

    /** The protocol's floor for the IdleTimeout a client asks for. */
    private static final long MIN_IDLE_TIMEOUT_SECONDS = 20;

    public LinkSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientPassword, "clientPassword");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        requirePositive(heartbeatInterval, "heartbeatInterval");
        requirePositive(openTimeout, "openTimeout");
        requirePositive(reconnectDelay, "reconnectDelay");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    /**
     * The IdleTimeout to ask for in OPEN_REQ: four heartbeat intervals, so the server drops us only after we have
     * missed more heartbeats than it takes us to notice a dead link ourselves; never below the protocol's 20 s.
     */
    public long idleTimeoutSeconds() {
        return Math.max(MIN_IDLE_TIMEOUT_SECONDS, 4 * heartbeatInterval.toSeconds());
    }
}
