package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.connector.api.event.PeripheralStatusChanged;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.message.UserMessageEvents;
import org.ctios.server.application.supervision.HelpRequestEvents;
import org.ctios.server.application.team.TeamConfigurationEvents;
import org.ctios.server.events.Notice;

/** Hands each event of the CTI link to the service that applies it, in the caller's (the MDB's) transaction. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class EventApplier {

    private AgentEvents agentEvents;
    private CallEvents callEvents;
    private Reconciliation reconciliation;
    private AfterCompletion afterCompletion;
    private ApplyStatistics statistics;
    private ApplyMetrics metrics;
    private BatchPreload preload;
    private LiveModel live;
    private Event<Notice> notices;
    private UserMessageEvents userMessages;
    private TeamConfigurationEvents teams;
    private HelpRequestEvents helpRequests;

    /** For the container's proxy. */
    protected EventApplier() {
    }

    @Inject
    public EventApplier(AgentEvents agentEvents, CallEvents callEvents, Reconciliation reconciliation,
                        AfterCompletion afterCompletion, ApplyStatistics statistics, ApplyMetrics metrics,
                        BatchPreload preload, LiveModel live, Event<Notice> notices,
                        UserMessageEvents userMessages, TeamConfigurationEvents teams,
                        HelpRequestEvents helpRequests) {
        this.agentEvents = agentEvents;
        this.callEvents = callEvents;
        this.reconciliation = reconciliation;
        this.afterCompletion = afterCompletion;
        this.statistics = statistics;
        this.metrics = metrics;
        this.preload = preload;
        this.live = live;
        this.notices = notices;
        this.userMessages = userMessages;
        this.teams = teams;
        this.helpRequests = helpRequests;
    }

    /** One event in the caller's transaction. */
    public void apply(CtiEvent event) {
        applyAll(List.of(event));
    }

    /**
     * The events of one delivery, in order, in the caller's transaction; when it commits, what it applied becomes the
     * live model's next version, and the statistics count the events. The services below run without interceptors of
     * their own: this is their one transactional entry point.
     */
    public void applyAll(List<CtiEvent> events) {
        LiveChange change = afterCompletion.perTransaction(LiveChange.class, this::openChange);
        Instant[] received = new Instant[events.size()];
        for (int i = 0; i < received.length; i++) {
            CtiEvent event = events.get(i);
            received[i] = event.origin().receivedAt();
            metrics.received(event);
        }
        afterCompletion.register(committed -> {
            if (committed) {
                Instant now = Instant.now();
                statistics.committed(received, now);
                for (int i = 0; i < received.length; i++) {
                    metrics.applied(events.get(i), Duration.between(received[i], now));
                }
            } else {
                statistics.rolledBack(received.length);
                events.forEach(metrics::rolledBack);
            }
        });
        CtiEvent.Handler handler = new BatchHandler(change, preload.load(events));
        for (CtiEvent event : events) {
            event.handleWith(handler);
        }
    }

    /** The transaction's change: once it commits, the live model's next version (see {@link LiveChanges}). */
    private LiveChange openChange() {
        return LiveChanges.open(afterCompletion, live, notices);
    }

    /** Applies each kind of event of one delivery batch to the stores, into the batch's change. */
    private final class BatchHandler implements CtiEvent.Handler {

        private final LiveChange change;
        private final PreloadedBatch preloaded;

        BatchHandler(LiveChange change, PreloadedBatch preloaded) {
            this.change = change;
            this.preloaded = preloaded;
        }

        @Override
        public void agentStateChanged(AgentStateChanged changed) {
            agentEvents.apply(changed, change);
        }

        @Override
        public void agentSnapshot(AgentSnapshot snapshot) {
            agentEvents.reconcile(snapshot, change);
        }

        @Override
        public void call(CallEvent callEvent) {
            callEvents.apply(callEvent, change, preloaded);
        }

        @Override
        public void snapshotCompleted(SnapshotCompleted completed) {
            reconciliation.completed(completed, change);
        }

        // The link's and the peripheral's status and the snapshot's start change nothing stored: the link status
        // reports them.
        @Override
        public void linkStatusChanged(LinkStatusChanged status) {
        }

        @Override
        public void peripheralStatusChanged(PeripheralStatusChanged status) {
        }

        @Override
        public void snapshotStarted(SnapshotStarted started) {
        }

        @Override
        public void userMessageReceived(UserMessageReceived received) {
            userMessages.apply(received, change);
        }

        @Override
        public void teamConfigured(TeamConfigured configured) {
            teams.apply(configured, change);
        }

        @Override
        public void helpRequested(HelpRequested requested) {
            helpRequests.apply(requested, change);
        }
    }
}
