package org.ctios.server.infrastructure.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import java.util.List;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.application.EventApplier;

/**
 * Receives the CTI link's events from the resource adapter and hands each to the application, in the transaction
 * the container started for the delivery. Events come in batches when they arrive faster than they are applied
 * (one transaction, one flush and one commit for many), singly otherwise. An exception rolls the delivery back; the
 * adapter delivers each event of the batch again on its own, retries it, and keeps it as a dead letter when every
 * attempt failed.
 *
 * <p>No {@code resourceAdapter} property: Payara binds the MDB to the one deployed adapter whose message listener type
 * it implements. That adapter is named "cti-connector" beside the WAR on Payara Micro but "ctios#cti-connector"
 * inside the EAR on Payara Server, and a name here would fit only one of them.
 */
@MessageDriven
public class CtiEventMdb implements CtiEventBatchListener {

    @Inject
    private EventApplier events;

    @Override
    public void onCtiEvents(List<CtiEvent> batch) {
        events.applyAll(batch);
    }
}
