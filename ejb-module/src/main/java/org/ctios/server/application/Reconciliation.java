package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.translation.Origins;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.history.EndReason;
import org.ctios.server.domain.stream.EventStamp;

/**
 * Closes a resynchronisation: the agent and call snapshots have brought what the CTI Server still has to its truth;
 * a call held here that a complete snapshot asked about and did not find ended while the link was down, and goes to
 * the history marked so. A call the connector did not ask about (it did not know it) is kept: the application hands
 * its stored calls to the connector at start ({@link LinkHandover}) so that the next snapshot asks. From an
 * incomplete snapshot nothing is concluded. Runs in {@link EventApplier}'s transaction.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    private CallRepository calls;
    private CallEnding ending;

    /** For the container's proxy. */
    protected Reconciliation() {
    }

    @Inject
    public Reconciliation(CallRepository calls, CallEnding ending) {
        this.calls = calls;
        this.ending = ending;
    }

    public void completed(SnapshotCompleted snapshot, LiveChange change) {
        change.resynchronised();
        if (!snapshot.complete()) {
            LOG.warning("incomplete CTI snapshot: calls not listed in it are kept until their END_CALL_EVENT");
            return;
        }
        EventStamp started = Origins.stamp(snapshot.started());
        int ended = 0;
        List<Long> begunUnseen = new ArrayList<>();
        for (Call call : calls.findAll()) {
            boolean untouchedSinceStart = call.stamp().isBefore(started);
            if (untouchedSinceStart && snapshot.showsEnded(call.callId())) {
                ending.end(call, snapshot.origin().receivedAt(), EndReason.ENDED_WHILE_LINK_DOWN, change);
                ended++;
            } else if (call.begunUnseen() && !call.milestones().begunAt().isBefore(snapshot.started().receivedAt())) {
                begunUnseen.add(call.callId());
            }
        }
        // The calls first heard of in the snapshot are named: after a takeover they say which calls no server saw begin.
        LOG.info("CTI snapshot reconciled: " + snapshot.agentIds().size() + " agents, " + snapshot.callIds().size()
                + " calls in progress (first heard of in the snapshot: " + begunUnseen + "), " + ended
                + " calls ended while the link was down");
    }
}
