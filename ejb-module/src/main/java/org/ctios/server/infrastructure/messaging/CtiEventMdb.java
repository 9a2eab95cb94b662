package org.ctios.server.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.application.EventApplier;
import org.ctios.server.infrastructure.cluster.LinkElection;

/**
 * Receives the CTI link's events from the resource adapter and hands each to the application, in the transaction
 * the container started for the delivery. Events come in batches when they arrive faster than they are applied
 * (one transaction, one flush and one commit for many), singly otherwise. An exception rolls the delivery back; the
 * adapter delivers each event of the batch again on its own, retries it, and keeps it as a dead letter when every
 * attempt failed.
 *
 * <p>In a cluster, a delivery is applied only while this server holds the link's lease, checked before the events
 * are applied and again as the transaction is about to commit (a pause in between, past the lease, rolls it back):
 * a holder that lost its lease writes nothing more; the new holder resynchronises from the CTI Server.
 *
 * <p>No {@code resourceAdapter} property: Payara binds the MDB to the one deployed adapter whose message listener type
 * it implements. That adapter is named "cti-connector" beside the WAR on Payara Micro but "ctios#cti-connector"
 * inside the EAR on Payara Server, and a name here would fit only one of them.
 */
@MessageDriven
public class CtiEventMdb implements CtiEventBatchListener {

    @Inject
    private EventApplier events;

    @Inject
    private LinkElection election;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Override
    public void onCtiEvents(List<CtiEvent> batch) {
        election.requireWriting();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                election.requireWriting();
            }

            @Override
            public void afterCompletion(int status) {
                // the applier's own synchronisations report the outcome
            }
        });
        events.applyAll(batch);
    }
}
