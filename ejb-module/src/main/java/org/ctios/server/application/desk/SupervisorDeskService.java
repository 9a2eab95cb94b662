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
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.SilentMonitors;
import org.ctios.server.application.supervision.SupervisionNotices;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SilentMonitorNotice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link SupervisorDesk} over the live model, the CTI gateway and the waits for stored changes. A monitor's start and
 * end and a call for help taken are committed as notices ({@link SupervisionNotices}) once the CTI Server confirmed
 * the request: the stores of every server of the cluster follow them.
 */
@ApplicationScoped
public class SupervisorDeskService implements SupervisorDesk {

    private TeamQueries teams;
    private AgentQueries agents;
    private CallQueries calls;
    private CtiGateway control;
    private StoredChangeWaits waits;
    private SilentMonitors monitors;
    private HelpAlerts helpAlerts;
    private SupervisionNotices supervision;
    private Duration storedWait;

    /** For the container's proxy. */
    protected SupervisorDeskService() {
    }

    @Inject
    public SupervisorDeskService(TeamQueries teams, AgentQueries agents, CallQueries calls, CtiGateway control,
                                 StoredChangeWaits waits, SilentMonitors monitors, HelpAlerts helpAlerts,
                                 SupervisionNotices supervision,
                                 @ConfigProperty(name = CallDeskService.STORED_WAIT_PROPERTY, defaultValue = "PT2S")
                                 Duration storedWait) {
        this.teams = teams;
        this.agents = agents;
        this.calls = calls;
        this.control = control;
        this.waits = waits;
        this.monitors = monitors;
        this.helpAlerts = helpAlerts;
        this.supervision = supervision;
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
        Optional<SilentMonitorView> monitoring = monitors.of(callId, supervisorId);
        if (listening || action == SupervisoryAction.CLEAR && monitoring.isPresent()) {
            // No party of the call changes: nothing to wait for; the confirmation starts or ends the monitor.
            if (listening) {
                monitors.requireRoomFor(callId, this::stillOn);
            }
            control.supervise(instrument, agentId, action);
            List<Notice> told = new ArrayList<>();
            if (listening) {
                helpTaken(callId, supervisorId).ifPresent(told::add);
                Integer team = agents.byId(agentId).map(AgentView::teamId).orElse(null);
                told.add(new SilentMonitorNotice(new SilentMonitorView(callId, agentId, team, supervisorId, action,
                        Instant.now()), false));
            } else {
                told.add(new SilentMonitorNotice(monitoring.get(), true));
            }
            supervision.commit(told);
            return new CallOutcome(callId, calls.byId(callId), true);
        }
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchCall(callId);
            control.supervise(instrument, agentId, action);
            // A supervisor who barges in stops listening (the switch ends its monitor); a supervisor who joins the
            // call answers the agent's call for help.
            List<Notice> told = new ArrayList<>();
            monitoring.ifPresent(monitor -> told.add(new SilentMonitorNotice(monitor, true)));
            if (action != SupervisoryAction.CLEAR) {
                helpTaken(callId, supervisorId).ifPresent(told::add);
            }
            supervision.commit(told);
            Optional<CallView> stored = wait.until(storedWait, () -> calls.byId(callId)
                    .filter(now -> shows(now, supervisorId, agentId, action)));
            return stored.map(now -> new CallOutcome(callId, Optional.of(now), true))
                    .orElseGet(() -> new CallOutcome(callId, calls.byId(callId), false));
        }
    }

    /** The call's open alert, taken by the supervisor. */
    private Optional<Notice> helpTaken(long callId, String supervisorId) {
        return helpAlerts.about(callId).map(alert -> new HelpAlertNotice(alert, supervisorId));
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
