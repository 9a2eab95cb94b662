package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.NoAgentToSuperviseException;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.TeamView;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownCallException;
import org.ctios.server.api.UnknownTeamException;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.TeamQueries;
import org.ctios.server.application.TeamQueries.TeamMembers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link SupervisorDesk} over the live model, the CTI gateway and the waits for stored changes. */
@ApplicationScoped
public class SupervisorDeskService implements SupervisorDesk {

    private TeamQueries teams;
    private AgentQueries agents;
    private CallQueries calls;
    private CtiGateway control;
    private StoredChangeWaits waits;
    private SilentMonitors monitors;
    private HelpAlerts helpAlerts;
    private Duration storedWait;

    /** For the container's proxy. */
    protected SupervisorDeskService() {
    }

    @Inject
    public SupervisorDeskService(TeamQueries teams, AgentQueries agents, CallQueries calls, CtiGateway control,
                                 StoredChangeWaits waits, SilentMonitors monitors, HelpAlerts helpAlerts,
                                 @ConfigProperty(name = CallDeskService.STORED_WAIT_PROPERTY, defaultValue = "2s")
                                 Duration storedWait) {
        this.teams = teams;
        this.agents = agents;
        this.calls = calls;
        this.control = control;
        this.waits = waits;
        this.monitors = monitors;
        this.helpAlerts = helpAlerts;
        this.storedWait = storedWait;
    }

    @Override
    public List<TeamView> teams() {
        return teams.all().stream().map(SupervisorDeskService::teamOf).toList();
    }

    @Override
    public TeamView team(int teamId) {
        return teams.byId(teamId).map(SupervisorDeskService::teamOf)
                .orElseThrow(() -> new UnknownTeamException(String.valueOf(teamId)));
    }

    @Override
    public CallOutcome supervise(long callId, String supervisorId, SupervisoryAction action) {
        CallView call = calls.byId(callId).orElseThrow(() -> new UnknownCallException(String.valueOf(callId)));
        AgentView supervisor = agents.byId(supervisorId).orElseThrow(() -> new UnknownAgentException(supervisorId));
        String agentId = call.agentIds().stream().filter(id -> !id.equals(supervisorId)).findFirst()
                .orElseThrow(() -> new NoAgentToSuperviseException(callId, supervisorId));
        String instrument = supervisor.instrument() != null ? supervisor.instrument() : supervisor.extension();
        boolean listening = action == SupervisoryAction.MONITOR || action == SupervisoryAction.WHISPER;
        if (listening || action == SupervisoryAction.CLEAR && monitors.of(callId, supervisorId).isPresent()) {
            // No party of the call changes: nothing to wait for; the confirmation starts or ends the monitor.
            control.supervise(instrument, agentId, action);
            if (listening) {
                helpAlerts.taken(callId);
                Integer team = agents.byId(agentId).map(AgentView::teamId).orElse(null);
                monitors.started(new SilentMonitorView(callId, agentId, team, supervisorId, action, Instant.now()),
                        this::stillOn);
            } else {
                monitors.ended(callId);
            }
            return new CallOutcome(callId, calls.byId(callId), true);
        }
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchCall(callId);
            control.supervise(instrument, agentId, action);
            // A supervisor who barges in stops listening (the switch ends its monitor); a CLEAR ends any left.
            monitors.of(callId, supervisorId).ifPresent(monitor -> monitors.ended(callId));
            if (action != SupervisoryAction.CLEAR) {
                helpAlerts.taken(callId);   // a supervisor joined the call: the agent's call for help is answered
            }
            Optional<CallView> stored = wait.until(storedWait, () -> calls.byId(callId)
                    .filter(now -> shows(now, supervisorId, agentId, action)));
            return stored.map(now -> new CallOutcome(callId, Optional.of(now), true))
                    .orElseGet(() -> new CallOutcome(callId, calls.byId(callId), false));
        }
    }

    @Override
    public List<SilentMonitorView> silentMonitors() {
        return monitors.current(this::stillOn);
    }

    /** The monitored call goes on with the monitored agent on it. */
    private boolean stillOn(SilentMonitorView monitor) {
        return calls.byId(monitor.callId()).filter(call -> call.agentIds().contains(monitor.agentId())).isPresent();
    }

    /**
     * The stored call shows the supervision: the supervisor connected, and after an intercept the agent gone; after
     * a CLEAR, the supervisor gone.
     */
    static boolean shows(CallView call, String supervisorId, String agentId, SupervisoryAction action) {
        if (action == SupervisoryAction.CLEAR) {
            return call.parties().stream().noneMatch(party -> supervisorId.equals(party.agentId()));
        }
        boolean supervisorConnected = call.parties().stream().anyMatch(party -> supervisorId.equals(party.agentId())
                && party.state() == LocalConnectionState.CONNECT);
        boolean agentGone = call.parties().stream().noneMatch(party -> agentId.equals(party.agentId()));
        return supervisorConnected && (action != SupervisoryAction.INTERCEPT || agentGone);
    }

    static TeamView teamOf(TeamMembers team) {
        List<AgentView> members = team.members();
        List<String> supervisors = new ArrayList<>();
        Optional.ofNullable(team.team().supervisorId()).ifPresent(supervisors::add);
        members.stream().filter(AgentView::supervisor).map(AgentView::id)
                .filter(id -> !supervisors.contains(id)).forEach(supervisors::add);
        Map<AgentState, Integer> counts = new EnumMap<>(AgentState.class);
        members.forEach(agent -> counts.merge(agent.state(), 1, Integer::sum));
        return new TeamView(team.team().teamId(), team.team().name(), supervisors, members, counts);
    }
}
