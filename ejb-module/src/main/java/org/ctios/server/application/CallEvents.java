package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.translation.CallChanges;
import org.ctios.server.application.translation.Origins;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallChange;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.EndReason;
import org.ctios.server.domain.history.TimelineEntry;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.ScreenPopData;
import org.ctios.server.events.SkillGroupStatisticsNotice;

/**
 * Applies call events and call snapshots to the calls in progress, translated into the domain's changes
 * ({@link CallChanges}), recording each in the call's timeline; the call's END_CALL_EVENT moves it to the history.
 * Runs in {@link EventApplier}'s transaction.
 */
@ApplicationScoped
public class CallEvents {

    private CallRepository calls;
    private AgentsAtDevices agents;
    private CallHistory history;
    private CallEnding ending;
    private CallKeys keys;

    /** For the container's proxy. */
    protected CallEvents() {
    }

    @Inject
    public CallEvents(CallRepository calls, AgentsAtDevices agents, CallHistory history, CallEnding ending,
                      CallKeys keys) {
        this.calls = calls;
        this.agents = agents;
        this.history = history;
        this.ending = ending;
        this.keys = keys;
    }

    /** One event, with what its batch preloaded ({@link PreloadedBatch#nothing()} for none). */
    public void apply(CallEvent event, LiveChange change, PreloadedBatch preloaded) {
        Optional<Call> found = preloaded.mayBeStored(event.callId()) ? calls.find(event.callId()) : Optional.empty();
        if (found.isEmpty() && (endsWhatWasNeverSeen(event) || alreadyInHistory(event, preloaded))) {
            return;
        }
        CallChange callChange = CallChanges.of(event, device -> isAgentDevice(device, change),
                joiningStates(event, preloaded));
        Call call = found.orElseGet(() -> Call.firstSeenIn(event.callId(), callChange, keys.next()));
        Set<String> devicesBefore = mayRemoveParties(event) ? Set.copyOf(call.partyStates().keySet()) : Set.of();
        boolean changed = call.apply(callChange);
        TimelineEntry entry = changed && !(event instanceof CallEnded) ? new TimelineEntry(call.callKey(),
                call.nextTimelineSequence(), event.origin().receivedAt(), event.getClass().getSimpleName(),
                TimelineDetails.device(event), TimelineDetails.detail(event)) : null;
        if (found.isEmpty()) {
            // Stored once applied and numbered: persisting it first would insert the row and then update it.
            calls.add(call);
            preloaded.stored(call.callId());
        }
        if (!changed) {
            return;
        }
        if (event instanceof CallEnded) {
            ending.end(call, event.origin().receivedAt(), EndReason.ENDED, change);
            return;
        }
        history.append(entry);
        change.call(call);
        announce(event, call, departedAgents(devicesBefore, call, change), change);
    }

    /** The events after which a call may go on without some of its parties. */
    private static boolean mayRemoveParties(CallEvent event) {
        return event instanceof ConnectionCleared || event instanceof CallTransferred
                || event instanceof CallConferenced || event instanceof CallDiverted;
    }

    /** The agents whose devices were on the call before the event and are not any more. */
    private List<String> departedAgents(Set<String> devicesBefore, Call call, LiveChange change) {
        if (devicesBefore.isEmpty()) {
            return List.of();
        }
        Set<String> devicesAfter = call.partyStates().keySet();
        return devicesBefore.stream().filter(device -> !devicesAfter.contains(device))
                .map(device -> agents.agentAt(device, change)).flatMap(Optional::stream).toList();
    }

    /** An event that only takes something away from a call nobody knew of leaves nothing to record. */
    private static boolean endsWhatWasNeverSeen(CallEvent event) {
        return event instanceof CallEnded || event instanceof CallCleared || event instanceof ConnectionCleared
                || event instanceof CallFailed || event instanceof CallDiverted;
    }

    /** A replayed or late event of a call that has already ended. */
    private boolean alreadyInHistory(CallEvent event, PreloadedBatch preloaded) {
        EventStamp stamp = Origins.stamp(event.origin());
        if (preloaded.knowsHistoryOf(event.callId())) {
            EventStamp latest = preloaded.historyStamp(event.callId());
            return latest != null && !latest.isBefore(stamp);
        }
        return history.latestOf(event.callId()).map(record -> !record.stamp().isBefore(stamp)).orElse(false);
    }

    private boolean isAgentDevice(String device, LiveChange change) {
        return agents.agentAt(device, change).isPresent();
    }

    /** For a transfer or conference: the states the joining parties had on the consultation call. */
    private Map<String, ConnectionState> joiningStates(CallEvent event, PreloadedBatch preloaded) {
        // the call merging into this one: a consultation call, or (a call-id change) this very call's old id
        OptionalLong merged = event.mergedCallId();
        if (merged.isEmpty() || merged.getAsLong() == event.callId() || !preloaded.mayBeStored(merged.getAsLong())) {
            return Map.of();
        }
        return calls.find(merged.getAsLong()).map(Call::partyStates).orElse(Map.of());
    }

    private void announce(CallEvent event, Call call, List<String> departedAgentIds, LiveChange change) {
        if (event instanceof CallDelivered delivered) {
            change.announce(new CallDeliveredNotice(call.callId(), delivered.alertingDevice(),
                    agents.agentAt(delivered.alertingDevice(), change).orElse(null),
                    screenPopData(call)));
        } else if (event instanceof CallEstablished established) {
            change.announce(new CallEstablishedNotice(call.callId(), established.answeringDevice()));
        } else if (event instanceof CallHeld held) {
            change.announce(new CallHeldNotice(call.callId(), held.device()));
        } else if (event instanceof CallRetrieved retrieved) {
            change.announce(new CallRetrievedNotice(call.callId(), retrieved.device()));
        } else if (event instanceof CallDataUpdated || event instanceof CallSnapshot) {
            change.announce(new CallDataNotice(call.callId()));
        } else {
            change.announce(new CallChangedNotice(call.callId(), event.getClass().getSimpleName(), departedAgentIds));
        }
        boolean changesQueue = event instanceof CallQueued || event instanceof CallDelivered
                || event instanceof CallEstablished || event instanceof CallCleared || event instanceof CallSnapshot;
        if (changesQueue && call.skillGroupNumber() != null) {
            change.announce(new SkillGroupStatisticsNotice(Set.of(call.skillGroupNumber())));
        }
    }

    private static ScreenPopData screenPopData(Call call) {
        CallDataValues data = call.data();
        return new ScreenPopData(data.ani(), data.dnis(), data.dialedNumber(), data.callerEnteredDigits(),
                data.variables(), data.ecc(), call.skillGroupNumber());
    }
}
