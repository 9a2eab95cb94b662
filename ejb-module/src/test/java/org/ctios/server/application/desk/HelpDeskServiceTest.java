package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.HelpDesk;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.SilentMonitors;
import org.ctios.server.application.supervision.SupervisionNoticesApplied;
import org.ctios.server.events.HelpAlertNotice;
import org.junit.jupiter.api.Test;

class HelpDeskServiceTest {

    private static final long CALL = 7;

    private final List<String> sent = new ArrayList<>();
    private final Set<Long> liveCalls = new HashSet<>(Set.of(CALL));
    private Instant now = Instant.parse("2026-12-07T06:00:00Z");
    private AgentState state = AgentState.TALKING;

    private final AgentQueries agents = new AgentQueries() {
        @Override
        public Optional<AgentView> byId(String agentId) {
            return Optional.of(new AgentView(agentId, "2" + agentId.substring(1), null, null, null, 1, false, state,
                    0, Instant.EPOCH, null, List.of(), List.of(CALL), Set.of(), null, 0));
        }
    };

    private final CallQueries calls = new CallQueries() {
        @Override
        public Optional<CallView> byId(long callId) {
            return liveCalls.contains(callId) ? Optional.of(new CallView(callId, "key", CallState.CONNECTED, 1, null,
                    null, null, null, Map.of(), Map.of(), null, null, null, null, Instant.EPOCH, null, null, null,
                    List.of(), List.of("1003"), Map.of(), false, false, null)) : Optional.empty();
        }
    };

    private final CtiGateway control = new CtiGateway() {
        @Override
        public long askForHelp(String agentInstrument, boolean emergency) {
            sent.add((emergency ? "EMERGENCY_CALL" : "SUPERVISOR_ASSIST") + " from " + agentInstrument);
            return CALL;
        }
    };

    private final HelpAlerts alerts = new HelpAlerts(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private final HelpDesk desk = new HelpDeskService(agents, calls, control, alerts, Duration.ofSeconds(60));

    /** The stores follow the committed notices, as on every server. */
    private final SupervisionNoticesApplied applied = new SupervisionNoticesApplied(new SilentMonitors(), alerts,
            null);

    @Test
    void anAssistIsSentFromTheAgentsPhoneAndTheAlertOpensWithTheCtiServersEventUntilItExpires() {
        HelpAlertView alert = desk.askForHelp("1003", false);

        assertThat(sent).containsExactly("SUPERVISOR_ASSIST from 2003");
        assertThat(alert).isEqualTo(new HelpAlertView("1003", 1, CALL, false, now, now.plusSeconds(60)));
        assertThat(desk.openAlerts()).as("not before the CTI Server's event is applied").isEmpty();

        applied.apply(List.of(new HelpAlertNotice(alert, null)));
        assertThat(desk.openAlerts()).containsExactly(alert);

        now = now.plus(Duration.ofSeconds(60));
        assertThat(desk.openAlerts()).as("expired").isEmpty();
    }

    @Test
    void anAlertClosesWhenASupervisorTakesTheCallOrTheCallEnds() {
        HelpAlertView emergency = new HelpAlertView("1003", 1, CALL, true, now, now.plusSeconds(60));
        applied.apply(List.of(new HelpAlertNotice(emergency, null)));
        assertThat(alerts.about(CALL)).contains(emergency);
        applied.apply(List.of(new HelpAlertNotice(emergency, "1025")));
        assertThat(desk.openAlerts()).isEmpty();

        HelpAlertView assist = new HelpAlertView("1003", 1, CALL, false, now, now.plusSeconds(60));
        applied.apply(List.of(new HelpAlertNotice(assist, null), new HelpAlertNotice(emergency, null)));
        assertThat(desk.openAlerts()).as("one per agent: the last").containsExactly(emergency);
        applied.apply(List.of(new HelpAlertNotice(assist, "1025")));
        assertThat(desk.openAlerts()).as("taking a replaced alert leaves the newer one open")
                .containsExactly(emergency);
        liveCalls.clear();
        assertThat(desk.openAlerts()).isEmpty();
    }

    @Test
    void aLoggedOutAgentCannotAsk() {
        state = AgentState.LOGOUT;

        assertThatThrownBy(() -> desk.askForHelp("1003", false)).isInstanceOf(ActionNotEnabledException.class);
        assertThat(sent).isEmpty();
    }
}
