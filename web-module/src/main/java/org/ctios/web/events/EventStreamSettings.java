package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The event streams' limits, from MicroProfile Config (read through methods: the bean is a client proxy). */
@ApplicationScoped
public class EventStreamSettings {

    /** Events kept for clients that reconnect with Last-Event-ID. */
    @Inject
    @ConfigProperty(name = "ctios.events.replay-buffer-size", defaultValue = "5000")
    int replayBufferSize;

    /** Events one stream may be behind before it is closed. */
    @Inject
    @ConfigProperty(name = "ctios.events.stream-queue-limit", defaultValue = "1000")
    int streamQueueLimit;

    /** Streams served at once; more are refused with 503. */
    @Inject
    @ConfigProperty(name = "ctios.events.max-streams", defaultValue = "2000")
    int maxStreams;

    /** Committed notices waiting to become events; more make every stream restart from a snapshot. */
    @Inject
    @ConfigProperty(name = "ctios.events.notice-queue-limit", defaultValue = "10000")
    int noticeQueueLimit;

    /** Threads writing to the clients. */
    @Inject
    @ConfigProperty(name = "ctios.events.writer-threads", defaultValue = "8")
    int writerThreads;

    /** Time between heartbeat comments on a stream with nothing to send (whole seconds, at least one). */
    @Inject
    @ConfigProperty(name = "ctios.events.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    /** Notices the dispatcher takes from its queue at once, reading what they concern together. */
    @Inject
    @ConfigProperty(name = "ctios.events.dispatch-batch-size", defaultValue = "500")
    int dispatchBatchSize;

    /** At most one SkillGroupStatistics event per skill group per this interval (ISO-8601). */
    @Inject
    @ConfigProperty(name = "ctios.events.statistics-interval", defaultValue = "PT1S")
    Duration statisticsInterval;

    /**
     * Streams one account may have open at once (agents, supervisors): a desktop's, one more while it reconnects, and
     * a second window; more are refused with 429.
     */
    @Inject
    @ConfigProperty(name = "ctios.events.max-streams-per-account", defaultValue = "4")
    int maxStreamsPerAccount;

    /** Streams an integration account (crm, admin) may have open at once: a CRM's server may follow many scopes. */
    @Inject
    @ConfigProperty(name = "ctios.events.max-streams-per-integration-account", defaultValue = "64")
    int maxStreamsPerIntegrationAccount;

    /** The longest an event stream lives; then it ends and its client signs in again. */
    @Inject
    @ConfigProperty(name = "ctios.events.max-stream-lifetime", defaultValue = "PT12H")
    Duration maxStreamLifetime;

    /** How often open streams' sign-ins are checked (disabled accounts, new passwords, expired tokens). */
    @Inject
    @ConfigProperty(name = "ctios.events.sign-in-check", defaultValue = "PT2S")
    Duration signInCheck;

    /** How long a stream's client may take no write at all (it does not read, or is gone) before it is closed. */
    @Inject
    @ConfigProperty(name = "ctios.events.stall", defaultValue = "PT30S")
    Duration stall;

    /** Streams an account may have open at once; integration accounts (crm, admin) have a limit of their own. */
    int maxStreamsFor(boolean integration) {
        int limit = integration ? maxStreamsPerIntegrationAccount : maxStreamsPerAccount;
        if (limit < 1) {
            throw new IllegalStateException((integration ? "ctios.events.max-streams-per-integration-account"
                    : "ctios.events.max-streams-per-account") + " must be at least 1: " + limit);
        }
        return limit;
    }

    int noticeQueueLimit() {
        return noticeQueueLimit;
    }

    int writerThreads() {
        return writerThreads;
    }

    int heartbeatSeconds() {
        return (int) Math.max(1, heartbeat.toSeconds());
    }

    int dispatchBatchSize() {
        if (dispatchBatchSize < 1) {
            throw new IllegalStateException("ctios.events.dispatch-batch-size must be at least 1: "
                    + dispatchBatchSize);
        }
        // A batch's events reach a stream at once: a queue that cannot take two batches would drop clients that do
        // read, only because their writer had not yet run.
        if (dispatchBatchSize * 2 > streamQueueLimit) {
            throw new IllegalStateException("ctios.events.stream-queue-limit (" + streamQueueLimit + ") must be at "
                    + "least twice ctios.events.dispatch-batch-size (" + dispatchBatchSize + ")");
        }
        return dispatchBatchSize;
    }

    Duration statisticsInterval() {
        if (statisticsInterval.isNegative() || statisticsInterval.isZero()) {
            throw new IllegalStateException("ctios.events.statistics-interval must be positive: "
                    + statisticsInterval);
        }
        return statisticsInterval;
    }

    EventHub.Limits limits() {
        return new EventHub.Limits(replayBufferSize, streamQueueLimit, maxStreams, stall);
    }

    Duration maxStreamLifetime() {
        if (maxStreamLifetime.isNegative() || maxStreamLifetime.isZero()) {
            throw new IllegalArgumentException("ctios.events.max-stream-lifetime must be positive, is "
                    + maxStreamLifetime);
        }
        return maxStreamLifetime;
    }

    Duration signInCheck() {
        if (signInCheck.toMillis() < 100 || signInCheck.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("ctios.events.sign-in-check must be 100 ms to 1 min, is " + signInCheck);
        }
        return signInCheck;
    }
}
