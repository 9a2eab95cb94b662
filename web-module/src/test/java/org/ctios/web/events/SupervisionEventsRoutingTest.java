package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.web.representation.HelpAlertRepresentation;
import org.junit.jupiter.api.Test;

/** Who receives the supervision events: a silent monitor never reaches the monitored agent's stream. */
class SupervisionEventsRoutingTest {

    private final SupervisionEvents events = new SupervisionEvents();

    @Test
    void aSilentMonitorReachesTheTeamAndTheSupervisorButNeverTheAgent() {
        EventRouting routing = events.monitorEvent(new SilentMonitorView(7, "1003", 1, "1025",
                SupervisoryAction.MONITOR, Instant.EPOCH), false).routing();

        assertThat(EventFilter.team(1).matches(routing)).isTrue();
        assertThat(EventFilter.agent("1025").matches(routing)).isTrue();
        assertThat(EventFilter.agent("1003").matches(routing)).as("the monitored agent").isFalse();
        assertThat(EventFilter.team(2).matches(routing)).isFalse();
        assertThat(EventFilter.parse("type:SilentMonitor").matches(routing)).isTrue();
    }

    @Test
    void anAlertReachesTheTeamAndTheAgentAndItsTakingTheTeamOnly() {
        HelpAlertRepresentation alert = new HelpAlertRepresentation("1003", "1", "7", "ASSIST", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(300), null);

        EventRouting raised = events.helpEvent(alert, null, Set.of("1003")).routing();
        EventRouting taken = events.helpEvent(alert, "1025", Set.of("1025")).routing();

        assertThat(EventFilter.team(1).matches(raised)).isTrue();
        assertThat(EventFilter.agent("1003").matches(raised)).as("help is coming").isTrue();
        assertThat(EventFilter.team(1).matches(taken)).isTrue();
        assertThat(EventFilter.agent("1003").matches(taken)).as("perhaps taken by a silent monitor").isFalse();
    }
}
