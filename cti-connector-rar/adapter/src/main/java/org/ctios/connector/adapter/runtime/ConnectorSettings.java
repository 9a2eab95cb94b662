package org.ctios.connector.adapter.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.ctios.connector.adapter.link.LinkSettings;

/**
 * Everything the connector needs, checked once.
 *
 * @param link             the CTI Server link
 * @param agentIds         agents to read when resynchronising, besides those the events and the application name
 * @param deliveryWorkers  events of different agents and calls delivered in parallel
 * @param queueCapacity    events waiting per delivery worker before the link stops reading (back-pressure)
 * @param maxAttempts      deliveries of one event to one endpoint before it becomes a dead letter
 * @param unavailableLimit longest wait for a free endpoint (MDB) before the event becomes a dead letter
 * @param deadLetterCapacity dead letters kept for inspection (all are logged)
 * @param batchSize        most events handed at once to an MDB that takes batches ({@code CtiEventBatchListener})
 * @param holdLinkOnStart  open the link when the connector starts; false in a cluster, where the instance elected
 *                         to hold it asks ({@link CtiConnector#holdLink()})
 */
public record ConnectorSettings(LinkSettings link, Set<String> agentIds, int deliveryWorkers, int queueCapacity,
                                int maxAttempts, Duration unavailableLimit, int deadLetterCapacity,
                                int batchSize, boolean holdLinkOnStart) {

    public ConnectorSettings {
        Objects.requireNonNull(link, "link");
        agentIds = Set.copyOf(agentIds);
        requireAtLeastOne(deliveryWorkers, "deliveryWorkers");
        requireAtLeastOne(queueCapacity, "queueCapacity");
        requireAtLeastOne(maxAttempts, "maxAttempts");
        requireAtLeastOne(deadLetterCapacity, "deadLetterCapacity");
        requireAtLeastOne(batchSize, "batchSize");
        if (unavailableLimit == null || unavailableLimit.isNegative()) {
            throw new IllegalArgumentException("unavailableLimit must not be negative, was " + unavailableLimit);
        }
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
