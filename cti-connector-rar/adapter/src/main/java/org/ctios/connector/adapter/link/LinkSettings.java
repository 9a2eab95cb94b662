package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the link needs to know, checked once.
 *
 * @param sides             side A then side B (or one side only); the link alternates between them
 * @param serviceMask       the CTI services asked for in OPEN_REQ (ALL_EVENTS with CLIENT_CONTROL by default)
 * @param heartbeatInterval time between two HEARTBEAT_REQs; three unanswered in a row mean the link is lost
 * @param openTimeout       longest wait for the TCP connection and for OPEN_CONF
 * @param backoff           delays between connection attempts after the first retry on the other side
 * @param requestTimeout    longest wait for the confirmation of a request
 * @param peripheralId      the agent peripheral requests name
 * @param resyncWindow      snapshot requests sent ahead of their answers when resynchronising
 * @param resyncTimeout     longest a resynchronisation may take before it is reported incomplete
 */
public record LinkSettings(List<SideAddress> sides, String clientId, String clientPassword, long serviceMask,
                           Duration heartbeatInterval, Duration openTimeout, Backoff backoff,
                           Duration requestTimeout, long peripheralId, int resyncWindow, Duration resyncTimeout) {

    /** The protocol's floor for the IdleTimeout a client asks for. */
    private static final long MIN_IDLE_TIMEOUT_SECONDS = 20;

    public LinkSettings {
        sides = List.copyOf(sides);
        if (sides.isEmpty()) {
            throw new IllegalArgumentException("at least one CTI Server side is needed");
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientPassword, "clientPassword");
        Objects.requireNonNull(backoff, "backoff");
        requirePositive(heartbeatInterval, "heartbeatInterval");
        requirePositive(openTimeout, "openTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(resyncTimeout, "resyncTimeout");
        if (resyncWindow < 1) {
            throw new IllegalArgumentException("resyncWindow must be at least 1, was " + resyncWindow);
        }
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
