package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.SilentMonitorNotice;
import org.junit.jupiter.api.Test;

/** Who receives the supervision's notices as events: a silent monitor never reaches the monitored agent's stream. */
class SupervisionEventsRoutingTest {

    private final Jsonb json = JsonbBuilder.create();

    @Test
    void aSilentMonitorReachesTheTeamAndTheSupervisorButNeverTheAgent() {
        EventRouting routing = SupervisionEvents.monitorEvent(new SilentMonitorNotice(new SilentMonitorView(7, "1003",
                1, "1025", SupervisoryAction.MONITOR, Instant.EPOCH), false), json).routing();

        assertThat(EventFilter.team(1).matches(routing)).isTrue();
        assertThat(EventFilter.agent("1025").matches(routing)).isTrue();
        assertThat(EventFilter.agent("1003").matches(routing)).as("the monitored agent").isFalse();
        assertThat(EventFilter.team(2).matches(routing)).isFalse();
        assertThat(EventFilter.parse("type:SilentMonitor").matches(routing)).isTrue();
    }

    @Test
    void anAlertReachesTheTeamAndTheAgentAndItsTakingTheTeamOnly() {
        HelpAlertView alert = new HelpAlertView("1003", 1, 7L, false, Instant.EPOCH, Instant.EPOCH.plusSeconds(300));

        EventRouting raised = SupervisionEvents.helpEvent(new HelpAlertNotice(alert, null), null, json).routing();
        EventRouting taken = SupervisionEvents.helpEvent(new HelpAlertNotice(alert, "1025"), null, json).routing();

        assertThat(EventFilter.team(1).matches(raised)).isTrue();
        assertThat(EventFilter.agent("1003").matches(raised)).as("help is coming").isTrue();
        assertThat(EventFilter.team(1).matches(taken)).isTrue();
        assertThat(EventFilter.agent("1003").matches(taken)).as("perhaps taken by a silent monitor").isFalse();
        assertThat(EventFilter.agent("1025").matches(taken)).as("the supervisor who took it").isTrue();
    }
}
