package org.ctios.connector.api;

import java.util.List;
import org.ctios.connector.api.event.CtiEvent;

/**
 * The batch message listener interface of the CTI connector, for a message-driven bean that applies many events in
 * one transaction. The connector hands it the events queued for one delivery worker, up to
 * {@code ctios.cti.delivery.batch-size}: one event under light load, many when events arrive faster than they are
 * applied, so that one transaction (and one flush and commit) serves many events. The events of one agent or call
 * keep the order the CTI Server sent them in, within a batch and from one batch to the next.
 *
 * <p>Throwing rolls the whole batch back; the connector then delivers each of its events in a batch of its own, so
 * an event that cannot be applied is retried and becomes a dead letter alone, without holding up the others.
 */
public interface CtiEventBatchListener {

    void onCtiEvents(List<CtiEvent> events);
}
