package org.ctios.connector.adapter.inbound;

import java.time.Duration;
import java.util.List;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.config.SettingSource;
import org.ctios.connector.adapter.config.ValueFormat;

/**
 * How events are delivered to each message endpoint, checked once; each setting it is read from is described here,
 * once.
 *
 * @param workers            keyed workers of each endpoint's lane: its events of different agents and calls
 *                           delivered in parallel
 * @param queueCapacity      events waiting per worker before the link stops reading (back-pressure)
 * @param maxAttempts        deliveries of one event to one endpoint before it becomes a dead letter
 * @param endpointWaitLimit  longest wait for a free endpoint (MDB) before the event becomes a dead letter
 * @param deadLetterCapacity dead letters kept for inspection (all are logged)
 * @param batchSize          most events handed at once to an MDB that takes batches ({@code CtiEventBatchListener})
 */
public record DeliverySettings(int workers, int queueCapacity, int maxAttempts, Duration endpointWaitLimit,
                               int deadLetterCapacity, int batchSize) {

    public static final Setting<Integer> WORKERS = new Setting<>("deliveryWorkers", "ctios.cti.delivery.workers",
            "auto", ValueFormat.workers(256), "Events of different agents and calls delivered to each MDB in "
            + "parallel: one worker applies while another waits for the database (`benchmarks/README.md`).");
    public static final Setting<Integer> QUEUE_CAPACITY = new Setting<>("deliveryQueueCapacity",
            "ctios.cti.delivery.queue-capacity", "10000", ValueFormat.integer(1, 1_000_000), "Events waiting per "
            + "delivery worker of each MDB; when one is full the link stops reading (back-pressure).");
    public static final Setting<Integer> MAX_ATTEMPTS = new Setting<>("deliveryMaxAttempts",
            "ctios.cti.delivery.max-attempts", "3", ValueFormat.integer(1, 100),
            "Deliveries of one event to one MDB before it becomes a dead letter.");
    public static final Setting<Duration> ENDPOINT_WAIT_LIMIT = new Setting<>("endpointWaitLimit",
            "ctios.cti.delivery.endpoint-wait-limit", "1m", ValueFormat.duration(), "Longest wait for a free MDB "
            + "instance when the pool is exhausted; the link stops reading meanwhile.");
    public static final Setting<Integer> DEAD_LETTER_CAPACITY = new Setting<>("deadLetterCapacity",
            "ctios.cti.delivery.dead-letters", "1000", ValueFormat.integer(1, 1_000_000),
            "Dead letters kept for inspection (every one is also logged).");
    public static final Setting<Integer> BATCH_SIZE = new Setting<>("deliveryBatchSize",
            "ctios.cti.delivery.batch-size", "256", ValueFormat.integer(1, 10_000), "Most queued events handed at "
            + "once, in one transaction, to an MDB that takes batches (`CtiEventBatchListener`).");

    /** The settings of the delivery, in the order the documentation lists them. */
    public static final List<Setting<?>> SETTINGS = List.of(WORKERS, QUEUE_CAPACITY, MAX_ATTEMPTS,
            ENDPOINT_WAIT_LIMIT, DEAD_LETTER_CAPACITY, BATCH_SIZE);

    public DeliverySettings {
        requireAtLeastOne(workers, "workers");
        requireAtLeastOne(queueCapacity, "queueCapacity");
        requireAtLeastOne(maxAttempts, "maxAttempts");
        requireAtLeastOne(deadLetterCapacity, "deadLetterCapacity");
        requireAtLeastOne(batchSize, "batchSize");
        if (endpointWaitLimit == null || endpointWaitLimit.isNegative()) {
            throw new IllegalArgumentException("endpointWaitLimit must not be negative, was " + endpointWaitLimit);
        }
    }

    /**
     * The delivery's settings as the source gives them.
     *
     * @throws org.ctios.connector.adapter.config.InvalidSettingException naming the first setting that is wrong
     */
    public static DeliverySettings read(SettingSource source) {
        return new DeliverySettings(WORKERS.read(source), QUEUE_CAPACITY.read(source), MAX_ATTEMPTS.read(source),
                ENDPOINT_WAIT_LIMIT.read(source), DEAD_LETTER_CAPACITY.read(source), BATCH_SIZE.read(source));
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
