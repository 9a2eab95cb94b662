package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.UserMessageView;
import org.ctios.server.events.UserMessageNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A team message reaches the streams of exactly its recipients: the agent-mode streams of the agents it names, the
 * team-mode streams of the teams whose supervisors it is for, every person's stream when it is for everyone, and
 * never a monitor-mode stream, whatever its filter.
 */
class UserMessageRoutingTest {

    private final Jsonb json = JsonbBuilder.create();

    @AfterEach
    void close() throws Exception {
        json.close();
    }

    private NoticeTranslator.Translated translated(MessageAudience to, List<String> agents, List<Integer> teams,
                                                   boolean everyone) {
        UserMessageView message = new UserMessageView(41, Instant.parse("2026-12-07T08:00:00Z"), "supervisor1", null,
                to, to == MessageAudience.AGENT ? "1001" : null, to == MessageAudience.EVERYONE ? null : 1,
                "Meeting at 3");
        return UserMessageEvents.translate(new UserMessageNotice(message, agents, teams, everyone), json);
    }

    @Test
    void aMessageToOneAgentReachesThatAgentsStreamOnly() {
        EventRouting routing = translated(MessageAudience.AGENT, List.of("1001"), List.of(), false).routing();

        assertThat(EventFilter.agent("1001").matches(routing)).isTrue();
        assertThat(EventFilter.agent("1002").matches(routing)).isFalse();
        assertThat(EventFilter.team(1).matches(routing)).as("its supervisor sent it").isFalse();
    }

    @Test
    void anAgentsQuestionReachesItsSupervisorsTeamStreamAndNoOther() {
        EventRouting routing = translated(MessageAudience.SUPERVISORS, List.of("1025"), List.of(1), false).routing();

        assertThat(EventFilter.team(1).matches(routing)).isTrue();
        assertThat(EventFilter.team(2).matches(routing)).isFalse();
        assertThat(EventFilter.agent("1025").matches(routing)).as("the supervisor at a desktop").isTrue();
        assertThat(EventFilter.agent("1001").matches(routing)).isFalse();
    }

    @Test
    void aMessageForEveryoneReachesEveryPersonsStreamButNoMonitor() {
        EventRouting routing = translated(MessageAudience.EVERYONE, List.of(), List.of(), true).routing();

        assertThat(EventFilter.agent("1001").matches(routing)).isTrue();
        assertThat(EventFilter.team(2).matches(routing)).isTrue();
        assertThat(EventFilter.everything().matches(routing)).isFalse();
        assertThat(EventFilter.parse("agent:1001").matches(routing)).isFalse();
        assertThat(EventFilter.parse("team:1").matches(routing)).isFalse();
    }

    @Test
    void theEventCarriesTheMessageAsTheReadShowsIt() {
        NoticeTranslator.Translated event = translated(MessageAudience.TEAM, List.of("1001", "1002"), List.of(),
                false);

        assertThat(event.name()).isEqualTo("UserMessage");
        assertThat(event.data()).contains("\"id\":41", "\"sender\":\"supervisor1\"", "\"to\":\"TEAM\"",
                "\"teamId\":1", "\"text\":\"Meeting at 3\"");
        assertThat(EventFilter.agent("1002").matches(event.routing())).isTrue();
        assertThat(EventFilter.agent("1003").matches(event.routing())).isFalse();
    }
}
