package org.ctios.server.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.TwoTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SUPERVISOR_ASSIST_EVENT and EMERGENCY_CALL_EVENT applied as a delivery: the agent who asked gets one open alert with
 * its call and team, announced after the commit, whichever client asked; the same request heard again opens no second
 * one; an agent the event does not name is found at its instrument; one nobody knows opens nothing. Team 1: agents
 * 1001 to 1003 (instruments 2001 to 2003), supervisor 1009.
 */
class HelpRequestApplicationTest {

    private static final long CALL = 5_001;

    private ModelHarness model;
    private EventStream stream;

    @BeforeEach
    void start() throws Exception {
        model = TwoTeams.harness();
        // the stores' clock in the stream's time: an alert is open for ALERT_SECONDS from the event
        model.clock(Clock.fixed(TwoTeams.START.plusSeconds(60), ZoneOffset.UTC));
        stream = new EventStream(1_000, TwoTeams.START);
        model.apply(stream.agent("1003", "2003", AgentState.AVAILABLE, 0, 1), stream.begun(CALL, "0612345678", "7001"),
                stream.delivered(CALL, "2003", 1), stream.established(CALL, "2003"));
        model.notices().clear();
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private HelpRequested asked(boolean emergency, String agentId, String instrument, String client) {
        return new HelpRequested(stream.next(), emergency, CALL, agentId, null, instrument, client);
    }

    private List<HelpAlertView> open() {
        return model.helpAlerts().open(callId -> model.live().current().call(callId).isPresent());
    }

    @Test
    void anAssistFromAnyClientOpensOneAlertWithTheCallAndTheTeam() {
        model.apply(asked(false, "1003", "2003", "agent 1003"));

        List<HelpAlertNotice> announced = model.notices().fired(HelpAlertNotice.class);
        assertThat(announced).hasSize(1);
        HelpAlertView alert = announced.get(0).alert();
        assertThat(announced.get(0).takenBy()).as("raised").isNull();
        assertThat(alert.agentId()).isEqualTo("1003");
        assertThat(alert.teamId()).isEqualTo(1);
        assertThat(alert.callId()).isEqualTo(CALL);
        assertThat(alert.emergency()).isFalse();
        assertThat(alert.expiresAt()).isEqualTo(alert.raisedAt().plusSeconds(ModelHarness.ALERT_SECONDS));
        assertThat(open()).as("kept from the committed notice").containsExactly(alert);
    }

    @Test
    void theSameRequestHeardAgainOpensNoSecondAlertAndAnEmergencyReplacesTheAssist() {
        model.apply(asked(false, "1003", "2003", "agent 1003"));
        model.apply(asked(false, "1003", "2003", "agent 1003"));
        model.applyInOneBatch(asked(true, "1003", "2003", "finesse"), asked(true, "1003", "2003", "finesse"));

        assertThat(model.notices().fired(HelpAlertNotice.class)).extracting(notice -> notice.alert().emergency())
                .as("one assist, one emergency").containsExactly(false, true);
        assertThat(open()).extracting(HelpAlertView::emergency).as("one alert per agent: the last")
                .containsExactly(true);
    }

    @Test
    void anAgentTheEventDoesNotNameIsFoundAtItsInstrumentAndAnUnknownOneOpensNothing() {
        model.apply(asked(false, null, "2003", "hardware phone"));
        model.apply(new HelpRequested(stream.next(), true, null, "4242", null, "9999", "someone"));

        assertThat(model.notices().fired(HelpAlertNotice.class)).extracting(notice -> notice.alert().agentId())
                .containsExactly("1003");
    }

    @Test
    void theCallsEndClosesItsAlert() {
        model.apply(asked(true, "1003", "2003", "agent 1003"));

        model.apply(stream.cleared(CALL), stream.ended(CALL));

        assertThat(model.helpAlerts().open(callId -> true)).as("closed by the call's end notice").isEmpty();
    }
}
