package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.TeamView;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.PartyView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.TeamQueries.TeamMembers;
import org.ctios.server.application.live.LiveOrganisation.TeamInfo;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.SilentMonitors;
import org.ctios.server.application.supervision.SupervisionNotices;
import org.ctios.server.application.supervision.SupervisionNoticesApplied;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SilentMonitorNotice;
import org.junit.jupiter.api.Test;

class SupervisorDeskServiceTest {

    private static final long CALL = 7;

    private final Map<Long, CallView> storedCalls = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final StoredChangeWaits waits = new StoredChangeWaits();
    /** Whether the simulated CTI Server's events are stored (and announced) before the confirmation returns. */
    private boolean eventsFollow = true;

    private final AgentQueries agents = new AgentQueries() {
        @Override
        public Optional<AgentView> byId(String agentId) {
            return Optional.of(agent(agentId, 1, agentId.equals("1025"), AgentState.TALKING));
        }
    };

    private final CallQueries calls = new CallQueries() {
        @Override
        public Optional<CallView> byId(long callId) {
            return Optional.ofNullable(storedCalls.get(callId));
        }
    };

    private final CtiGateway control = new CtiGateway() {
        @Override
        public long supervise(String supervisorInstrument, String agentId, SupervisoryAction action) {
            sent.add(action + " of " + agentId + " from " + supervisorInstrument);
            if (action == SupervisoryAction.MONITOR || action == SupervisoryAction.CLEAR) {
                return CALL;   // no party changes: the switch only confirms
            }
            if (eventsFollow) {
                List<PartyView> parties = new ArrayList<>(List.of(customer(),
                        new PartyView("2025", "1025", LocalConnectionState.CONNECT, true)));
                if (action == SupervisoryAction.BARGE_IN) {
                    parties.add(agentParty());
                }
                storedCalls.put(CALL, call(parties));
                waits.onCallNotice(new CallChangedNotice(CALL, "CallConferenced", List.of()));
            }
            return CALL;
        }
    };

    private final SilentMonitors monitors = new SilentMonitors();
    private final HelpAlerts alerts = new HelpAlerts();
    /** The notices the desk committed, in order; the stores follow them as every server's do. */
    private final List<Notice> committed = new ArrayList<>();
    private final SupervisionNoticesApplied applied = new SupervisionNoticesApplied(monitors, alerts, null);
    private final SupervisionNotices supervision = new SupervisionNotices() {
        @Override
        public void commit(List<Notice> notices) {
            committed.addAll(notices);
            applied.apply(notices);
        }
    };

    private final SupervisorDesk desk = new SupervisorDeskService(null, agents, calls, control, waits,
            monitors, alerts, supervision, Duration.ofMillis(200));

    private static AgentView agent(String id, Integer team, boolean supervisor, AgentState state) {
        return new AgentView(id, "2" + id.substring(1), null, null, null, team, supervisor, state, 0, Instant.EPOCH,
                null, List.of(), List.of(), Set.of(), null, 0);
    }

    private static PartyView customer() {
        return new PartyView("0612345678", null, LocalConnectionState.CONNECT, false);
    }

    private static PartyView agentParty() {
        return new PartyView("2001", "1001", LocalConnectionState.CONNECT, false);
    }

    private static CallView call(List<PartyView> parties) {
        return new CallView(CALL, "key-7", CallState.CONNECTED, 2, "0612345678", "7001", null, null, Map.of(),
                Map.of(), null, 1L, null, null, Instant.EPOCH, null, Instant.EPOCH, Instant.EPOCH, parties,
                parties.stream().map(PartyView::agentId).filter(id -> id != null).toList(), Map.of(), false, false, null);
    }

    @Test
    void aTeamHasItsMembersItsSupervisorsAndTheirStateCounts() {
        List<AgentView> members = List.of(agent("1001", 1, false, AgentState.AVAILABLE),
                agent("1002", 1, false, AgentState.AVAILABLE), agent("1003", 1, false, AgentState.NOT_READY),
                agent("1025", 1, true, AgentState.LOGOUT));

        TeamView team = SupervisorDeskService.teamOf(new TeamMembers(new TeamInfo(1, "Team Harbour", "1025"), members));

        assertThat(team.members()).extracting(AgentView::id).containsExactly("1001", "1002", "1003", "1025");
        assertThat(team.supervisorIds()).containsExactly("1025");
        assertThat(team.stateCounts()).containsOnly(java.util.Map.entry(AgentState.AVAILABLE, 2),
                java.util.Map.entry(AgentState.NOT_READY, 1), java.util.Map.entry(AgentState.LOGOUT, 1));
    }

    @Test
    void anInterceptIsSentFromTheSupervisorsExtensionAndAnswersTheCallAsStoredAfterIt() {
        storedCalls.put(CALL, call(List.of(customer(), agentParty())));

        CallOutcome outcome = desk.supervise(CALL, "1025", SupervisoryAction.INTERCEPT);

        assertThat(sent).containsExactly("INTERCEPT of 1001 from 2025");
        assertThat(outcome.stored()).isTrue();
        assertThat(outcome.call().orElseThrow().agentIds()).containsExactly("1025");
        assertThat(waits.watched()).isZero();
    }

    @Test
    void whenTheEventsDoNotArriveInTimeTheAnswerSaysSoWithTheCallAsItIs() {
        storedCalls.put(CALL, call(List.of(customer(), agentParty())));
        eventsFollow = false;

        CallOutcome outcome = desk.supervise(CALL, "1025", SupervisoryAction.BARGE_IN);

        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.call().orElseThrow().agentIds()).containsExactly("1001");
        assertThat(waits.watched()).isZero();
    }

    @Test
    void aBargeInIsShownByTheSupervisorConnectedAndAnInterceptAlsoByTheAgentGone() {
        CallView bargedIn = call(List.of(customer(), agentParty(),
                new PartyView("2025", "1025", LocalConnectionState.CONNECT, true)));
        CallView ringing = call(List.of(customer(), agentParty(),
                new PartyView("2025", "1025", LocalConnectionState.ALERTING, true)));

        assertThat(SupervisorDeskService.shows(bargedIn, "1025", "1001", SupervisoryAction.BARGE_IN)).isTrue();
        assertThat(SupervisorDeskService.shows(bargedIn, "1025", "1001", SupervisoryAction.INTERCEPT)).isFalse();
        assertThat(SupervisorDeskService.shows(ringing, "1025", "1001", SupervisoryAction.BARGE_IN)).isFalse();
    }

    @Test
    void aSilentMonitorCountsFromTheConfirmationAndEndsOnClearOrWithTheAgentsLeg() {
        storedCalls.put(CALL, call(List.of(customer(), agentParty())));

        CallOutcome monitor = desk.supervise(CALL, "1025", SupervisoryAction.MONITOR);

        assertThat(monitor.stored()).isTrue();
        assertThat(monitor.call().orElseThrow().parties()).as("the call's parties do not show the supervisor")
                .extracting(PartyView::agentId).doesNotContain("1025");
        assertThat(desk.silentMonitors()).extracting(SilentMonitorView::callId, SilentMonitorView::agentId,
                SilentMonitorView::teamId, SilentMonitorView::supervisorId, SilentMonitorView::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CALL, "1001", 1, "1025",
                        SupervisoryAction.MONITOR));

        desk.supervise(CALL, "1025", SupervisoryAction.CLEAR);
        assertThat(sent).containsExactly("MONITOR of 1001 from 2025", "CLEAR of 1001 from 2025");
        assertThat(desk.silentMonitors()).isEmpty();
        assertThat(committed).as("committed as notices, which the stores of every server follow")
                .extracting(notice -> ((SilentMonitorNotice) notice).ended()).containsExactly(false, true);
        assertThat(waits.watched()).isZero();

        desk.supervise(CALL, "1025", SupervisoryAction.MONITOR);
        storedCalls.put(CALL, call(List.of(customer())));
        assertThat(desk.silentMonitors()).as("the agent left the call: its monitor went with it").isEmpty();
    }

    @Test
    void clearAfterABargeInWaitsForTheSupervisorToLeave() {
        CallView bargedIn = call(List.of(customer(), agentParty(),
                new PartyView("2025", "1025", LocalConnectionState.CONNECT, true)));
        CallView left = call(List.of(customer(), agentParty()));

        assertThat(SupervisorDeskService.shows(bargedIn, "1025", "1001", SupervisoryAction.CLEAR)).isFalse();
        assertThat(SupervisorDeskService.shows(left, "1025", "1001", SupervisoryAction.CLEAR)).isTrue();
    }

    @Test
    void aMonitorOrABargeInTakesTheCallsHelpAlertAndABargeInEndsTheSupervisorsMonitor() {
        storedCalls.put(CALL, call(List.of(customer(), agentParty())));
        HelpAlertView alert = new HelpAlertView("1001", 1, CALL, false, Instant.now(),
                Instant.now().plusSeconds(300));
        applied.apply(List.of(new HelpAlertNotice(alert, null)));

        desk.supervise(CALL, "1025", SupervisoryAction.MONITOR);

        assertThat(committed).containsExactly(new HelpAlertNotice(alert, "1025"),
                new SilentMonitorNotice(desk.silentMonitors().get(0), false));
        assertThat(alerts.open(call -> true)).as("taken").isEmpty();

        applied.apply(List.of(new HelpAlertNotice(alert, null)));
        committed.clear();
        SilentMonitorView listening = desk.silentMonitors().get(0);
        desk.supervise(CALL, "1025", SupervisoryAction.BARGE_IN);

        assertThat(committed).containsExactly(new SilentMonitorNotice(listening, true),
                new HelpAlertNotice(alert, "1025"));
        assertThat(desk.silentMonitors()).isEmpty();
        assertThat(alerts.open(call -> true)).isEmpty();
    }

    @Test
    void theCallsEndEndsItsMonitorAndClosesItsAlertOnEveryServer() {
        storedCalls.put(CALL, call(List.of(customer(), agentParty())));
        desk.supervise(CALL, "1025", SupervisoryAction.MONITOR);
        applied.apply(List.of(new HelpAlertNotice(new HelpAlertView("1001", 1, CALL, true, Instant.now(),
                Instant.now().plusSeconds(300)), null)));

        applied.apply(List.of(new CallEndedNotice(CALL, "key-7", EndReason.ENDED, List.of("1001"))));

        assertThat(monitors.current(monitor -> true)).isEmpty();
        assertThat(alerts.open(call -> true)).isEmpty();
    }
}
