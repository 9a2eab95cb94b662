package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.CallDataInput;
import org.ctios.server.api.CallDesk;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.UnknownCallException;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.PartyView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.CtiStep;
import org.ctios.server.application.RecordingMarks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link CallDesk} over the live model, the CTI gateway and the waits for stored changes. */
@ApplicationScoped
public class CallDeskService implements CallDesk {

    /** How long a request waits for its change to be stored; supervision waits as long. */
    static final String STORED_WAIT_PROPERTY = "ctios.calls.stored-wait";

    private static final Logger LOG = Logger.getLogger(CallDeskService.class.getName());
    private static final int MARK_ATTEMPTS = 3;

    private final Map<Long, RecordingSession> recordingSessions = new ConcurrentHashMap<>();
    private RecordingMarks recordingMarks;
    private CtiGateway cti;
    private CallQueries calls;
    private AgentQueries agents;
    private StoredChangeWaits waits;
    private Duration storedWait;

    /** For the container's proxy. */
    protected CallDeskService() {
    }

    @Inject
    public CallDeskService(CtiGateway cti, CallQueries calls, AgentQueries agents, StoredChangeWaits waits,
                           RecordingMarks recordingMarks,
                           @ConfigProperty(name = STORED_WAIT_PROPERTY, defaultValue = "PT2S")
                           Duration storedWait) {
        this.cti = cti;
        this.recordingMarks = recordingMarks;
        this.calls = calls;
        this.agents = agents;
        this.waits = waits;
        this.storedWait = storedWait;
    }

    @Override
    public CallOutcome makeCall(String agentId, String destination, Map<String, String> callVariables,
                                Map<String, String> ecc) {
        CallDataInput.checkDestination(destination);
        CallVariables variables = CallDataInput.callVariables(callVariables);
        List<NamedVariable> eccVariables = CallDataInput.ecc(ecc);
        AgentView agent = agent(agentId);
        if (!agent.enabledActions().contains(AgentAction.MAKE_CALL)) {
            Set<String> enabled = new TreeSet<>();
            agent.enabledActions().forEach(action -> enabled.add(action.name()));
            throw new ActionNotEnabledException("agent " + agentId + " cannot make a call now (in state "
                    + agent.state() + (agent.callIds().isEmpty() ? "" : ", on a call") + ")", enabled);
        }
        String device = agent.instrument() != null ? agent.instrument() : agent.extension();
        try (StoredChangeWaits.Wait wait = waits.open()) {
            long callId = cti.makeCall(device, destination, variables, eccVariables);
            wait.watchCall(callId);
            Optional<CallView> stored = wait.until(storedWait, () -> calls.byId(callId)
                    .filter(call -> call.agentIds().contains(agentId)));
            return stored.map(call -> new CallOutcome(callId, Optional.of(call), true))
                    .orElseGet(() -> new CallOutcome(callId, calls.byId(callId), false));
        }
    }

    /**
     * The requests are {@link ActionSelection}'s choice. A recording's start or stop is stored as soon as the CTI
     * Server confirms it ({@link RecordingMarks}); a dropped party once the call no longer shows it.
     */
    @Override
    public CallOutcome act(long callId, CallAction action, String agentId, ActionDetails details) {
        Objects.requireNonNull(action, "action");
        ActionDetails given = details == null ? ActionDetails.NONE : details;
        if (action.needsDestination()) {
            CallDataInput.checkDestination(given.destination());
        }
        if (action.needsDigits()) {
            CallDataInput.checkDigits(given.digits());
        }
        calls.byId(callId).orElseThrow(() -> new UnknownCallException(callId));
        AgentView agent = agent(agentId);
        List<AgentLeg> legs = legsOf(agentId).values().stream().flatMap(List::stream).toList();
        ActionPlan plan = ActionSelection.select(action, callId, legs, agent.enabledActions(), given, recordings);
        try (StoredChangeWaits.Wait wait = waits.open()) {
            plan.expectedLegs(CtiStep.NO_CALL).keySet().forEach(wait::watchCall);
            long resultCall = cti.send(plan.steps());
            if (resultCall != CtiStep.NO_CALL) {
                wait.watchCall(resultCall);
            }
            if (action == CallAction.START_RECORDING || action == CallAction.STOP_RECORDING) {
                markRecording(callId, action == CallAction.START_RECORDING, deviceOn(legs, callId));
            }
            long shown = plan.shownCallId() == ActionPlan.RESULT_CALL && resultCall != CtiStep.NO_CALL
                    ? resultCall : plan.shownCallId() == ActionPlan.RESULT_CALL ? callId : plan.shownCallId();
            boolean stored = wait.until(storedWait, () -> plan.isStored(resultCall, legStates(agentId))
                    && (action != CallAction.DROP_PARTY || partyGone(callId, given.party())));
            return new CallOutcome(shown, calls.byId(shown), stored);
        }
    }

    private static String deviceOn(List<AgentLeg> legs, long callId) {
        return legs.stream().filter(leg -> leg.callId() == callId && leg.isLive()).map(AgentLeg::device)
                .findFirst().orElse(null);
    }

    private boolean partyGone(long callId, String device) {
        return calls.byId(callId).map(call -> call.parties().stream().noneMatch(p -> p.deviceId().equals(device)))
                .orElse(true);
    }

    /**
     * Stores the confirmed start or stop; a concurrent event's change of the same call (the row's version) is
     * retried, since the confirmation is all there will be.
     */
    private void markRecording(long callId, boolean recorded, String device) {
        if (!recorded) {
            recordingSessions.remove(callId);
        }
        Instant at = Instant.now();
        for (int attempt = 1; ; attempt++) {
            try {
                recordingMarks.mark(callId, recorded, device, at);
                return;
            } catch (RuntimeException e) {
                if (attempt >= MARK_ATTEMPTS) {
                    LOG.log(Level.WARNING, "call " + callId + ": the CTI Server confirmed the recording's "
                            + (recorded ? "start" : "stop") + " but it could not be stored", e);
                    return;
                }
            }
        }
    }

    /** The sessions the recordings started here were confirmed with, by call: what their stops echo. */
    private final ActionSelection.Recordings recordings = new ActionSelection.Recordings() {
        @Override
        public Consumer<RecordingSession> keeper() {
            return session -> recordingSessions.put(session.callId(), session);
        }

        @Override
        public RecordingSession sessionOf(long callId, String device) {
            RecordingSession kept = recordingSessions.get(callId);
            return kept != null ? kept : RecordingSession.anyServer(callId, device);
        }
    };

    @Override
    public CallOutcome setData(long callId, Map<String, String> callVariables, Map<String, String> ecc,
                               String wrapupData) {
        CallVariables variables = CallDataInput.callVariables(callVariables);
        List<NamedVariable> eccVariables = CallDataInput.ecc(ecc);
        CallDataInput.checkWrapup(wrapupData);
        calls.byId(callId).orElseThrow(() -> new UnknownCallException(callId));
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchCall(callId);
            cti.setCallData(callId, variables, eccVariables, wrapupData);
            Optional<CallView> stored = wait.until(storedWait, () -> calls.byId(callId)
                    .filter(call -> holds(call, callVariables, ecc, wrapupData)));
            return stored.map(call -> new CallOutcome(callId, Optional.of(call), true))
                    .orElseGet(() -> new CallOutcome(callId, calls.byId(callId), false));
        }
    }

    private AgentView agent(String agentId) {
        if (agentId == null || agentId.isBlank()) {
            throw new IllegalArgumentException("agentId is required");
        }
        return agents.byId(agentId).orElseThrow(() -> new IllegalArgumentException("no agent '" + agentId + "'"));
    }

    /** The agent's legs on its calls in progress, by call. */
    private Map<Long, List<AgentLeg>> legsOf(String agentId) {
        Map<Long, List<AgentLeg>> legs = new HashMap<>();
        for (CallView call : calls.all(agentId, null)) {
            for (PartyView party : call.parties()) {
                if (agentId.equals(party.agentId())) {
                    Set<String> others = new HashSet<>();
                    call.parties().stream().map(PartyView::deviceId)
                            .filter(device -> !device.equals(party.deviceId())).forEach(others::add);
                    legs.computeIfAbsent(call.id(), id -> new ArrayList<>()).add(new AgentLeg(call.id(),
                            party.deviceId(), party.state(), call.recording(), call.conferenceController(), others));
                }
            }
        }
        return legs;
    }

    /** The agent's live leg state per call (its first live leg where it has several). */
    private Map<Long, LocalConnectionState> legStates(String agentId) {
        Map<Long, LocalConnectionState> states = new HashMap<>();
        legsOf(agentId).forEach((callId, legs) -> legs.stream().filter(AgentLeg::isLive).findFirst()
                .ifPresent(leg -> states.put(callId, leg.state())));
        return states;
    }

    private static boolean holds(CallView call, Map<String, String> callVariables, Map<String, String> ecc,
                                 String wrapupData) {
        boolean variablesHeld = callVariables == null || callVariables.entrySet().stream()
                .allMatch(e -> sameValue(call.callVariables().get(e.getKey()), e.getValue()));
        boolean eccHeld = ecc == null || ecc.entrySet().stream()
                .allMatch(e -> sameValue(call.ecc().get(e.getKey()), e.getValue()));
        return variablesHeld && eccHeld && (wrapupData == null || sameValue(call.wrapupData(), wrapupData));
    }

    /** An empty value is stored as none. */
    private static boolean sameValue(String stored, String requested) {
        return Objects.equals(stored, requested) || requested.isEmpty() && stored == null;
    }
}
