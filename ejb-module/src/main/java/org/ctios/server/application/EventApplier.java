package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.SnapshotCompleted;

/** Hands each event of the CTI link to the service that applies it, in the caller's (the MDB's) transaction. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class EventApplier {

    private AgentEvents agentEvents;
    private CallEvents callEvents;
    private Reconciliation reconciliation;
    private AfterCompletion afterCompletion;
    private ApplyStatistics statistics;

    /** For the container's proxy. */
    protected EventApplier() {
    }

    @Inject
    public EventApplier(AgentEvents agentEvents, CallEvents callEvents, Reconciliation reconciliation,
                        AfterCompletion afterCompletion, ApplyStatistics statistics) {
        this.agentEvents = agentEvents;
        this.callEvents = callEvents;
        this.reconciliation = reconciliation;
        this.afterCompletion = afterCompletion;
        this.statistics = statistics;
    }

    public void apply(CtiEvent event) {
        Instant received = event.origin().receivedAt();
        afterCompletion.register(committed -> {
            if (committed) {
                statistics.committed(received, Instant.now());
            } else {
                statistics.rolledBack();
            }
        });
        if (event instanceof AgentStateChanged changed) {
            agentEvents.apply(changed);
        } else if (event instanceof AgentSnapshot snapshot) {
            agentEvents.reconcile(snapshot);
        } else if (event instanceof CallEvent callEvent) {
            callEvents.apply(callEvent);
        } else if (event instanceof SnapshotCompleted completed) {
            reconciliation.completed(completed);
        }
        // Link and peripheral status and the snapshot's start change nothing stored: the link status has them.
    }
}
