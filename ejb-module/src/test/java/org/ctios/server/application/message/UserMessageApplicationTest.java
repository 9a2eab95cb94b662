package org.ctios.server.application.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.types.Distribution;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.UserMessagePage;
import org.ctios.server.api.view.UserMessageView;
import org.ctios.server.events.UserMessageNotice;
import org.ctios.server.infrastructure.persistence.JpaUserMessages;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.TwoTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * USER_MESSAGE_EVENT applied as a delivery: the message this server sent found among those waiting, stored with
 * its audience, announced to exactly its recipients; one from another CTI client for everyone kept, one for
 * recipients the event does not name dropped; and the recipients' reads, page by page within the retention period.
 * Team 1: agents 1001 to 1003, supervisor 1009; agent 2001 of team 2.
 */
class UserMessageApplicationTest {

    private static final Instant START = TwoTeams.START;

    private ModelHarness model;
    private EventStream stream;

    @BeforeEach
    void start() throws Exception {
        model = TwoTeams.harness();
        stream = new EventStream(1_000, START);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    /** Sends as the desk does (kept as waiting), then applies the switch's event for it. */
    private UserMessageNotice sendAndHear(MessageInput message, Distribution distribution) {
        model.pendingMessages().add(message, distribution);
        model.notices().clear();
        model.apply(new UserMessageReceived(stream.next(), distribution, "ctios", message.text(), START));
        List<UserMessageNotice> notices = model.notices().fired(UserMessageNotice.class);
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    @Test
    void aMessageToOneAgentReachesThatAgentOnly() {
        UserMessageNotice notice = sendAndHear(new MessageInput("supervisor1", null, MessageAudience.AGENT, "1001",
                null, "Please take line 3"), Distribution.CLIENT);

        assertThat(notice.agentIds()).containsExactly("1001");
        assertThat(notice.supervisorTeamIds()).isEmpty();
        assertThat(notice.everyone()).isFalse();
        assertThat(notice.message().sender()).isEqualTo("supervisor1");
        assertThat(notice.message().to()).isEqualTo(MessageAudience.AGENT);
        assertThat(texts(records -> records.receivedByAgent("1001", 1, false, null, 10))).containsExactly(
                "Please take line 3");
        assertThat(texts(records -> records.receivedByAgent("1002", 1, false, null, 10))).isEmpty();
        assertThat(model.pendingMessages().size()).as("found and taken").isZero();
    }

    @Test
    void aTeamMessageReachesItsMembersAndAnAgentsQuestionItsSupervisors() {
        UserMessageNotice team = sendAndHear(new MessageInput("supervisor1", null, MessageAudience.TEAM, null, 1,
                "Meeting at 3"), Distribution.TEAM);
        assertThat(team.agentIds()).containsExactlyInAnyOrder("1001", "1002", "1003", "1009");
        assertThat(team.supervisorTeamIds()).as("the supervisors sent it").isEmpty();

        UserMessageNotice question = sendAndHear(new MessageInput("1002", "1002", MessageAudience.SUPERVISORS, null,
                1, "Caller wants a manager"), Distribution.SUPERVISOR);
        assertThat(question.supervisorTeamIds()).containsExactly(1);
        assertThat(question.agentIds()).as("the team's supervisor at a desktop").containsExactly("1009");
        assertThat(question.message().senderAgentId()).isEqualTo("1002");

        assertThat(texts(records -> records.receivedByAgent("1003", 1, false, null, 10)))
                .containsExactly("Meeting at 3");
        assertThat(texts(records -> records.receivedByAgent("2001", 2, false, null, 10))).isEmpty();
        assertThat(texts(records -> records.receivedBySupervisors(1, null, 10)))
                .containsExactly("Caller wants a manager");
        assertThat(texts(records -> records.receivedBySupervisors(2, null, 10))).isEmpty();
        assertThat(texts(records -> records.receivedByAgent("1009", 1, true, null, 10)))
                .as("the supervisor at its desktop").containsExactly("Caller wants a manager", "Meeting at 3");
    }

    @Test
    void anotherClientsMessageForEveryoneIsKeptAndOneForRecipientsItDoesNotNameIsNot() {
        model.apply(new UserMessageReceived(stream.next(), Distribution.ALL, "wallboard", "Fire drill", START));
        model.apply(new UserMessageReceived(stream.next(), Distribution.TEAM, "wallboard", "Whose team?", START));

        List<UserMessageNotice> notices = model.notices().fired(UserMessageNotice.class);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).everyone()).isTrue();
        assertThat(notices.get(0).message().sender()).isEqualTo("wallboard");
        assertThat(texts(records -> records.receivedByAgent("2001", 2, false, null, 10)))
                .containsExactly("Fire drill");
        assertThat(texts(records -> records.receivedBySupervisors(1, null, 10))).containsExactly("Fire drill");
    }

    @Test
    void readsGoPageByPageNewestFirstAndForgetWhatIsPastRetention() {
        for (String text : List.of("one", "two", "three")) {
            sendAndHear(new MessageInput("supervisor1", null, MessageAudience.AGENT, "1001", null, text),
                    Distribution.CLIENT);
        }

        UserMessagePage first = read(records -> records.receivedByAgent("1001", 1, false, null, 2));
        assertThat(first.messages()).extracting(UserMessageView::text).containsExactly("three", "two");
        assertThat(first.nextBeforeId()).isEqualTo(first.messages().get(1).id());
        UserMessagePage second = read(records -> records.receivedByAgent("1001", 1, false, first.nextBeforeId(),
                2));
        assertThat(second.messages()).extracting(UserMessageView::text).containsExactly("one");
        assertThat(second.nextBeforeId()).isNull();

        Clock eightDaysOn = Clock.fixed(START.plus(Duration.ofDays(8)), ZoneOffset.UTC);
        try (ModelHarness.OpenTransaction tx = model.begin()) {
            UserMessageRecords later = new UserMessageRecords(new JpaUserMessages(tx.services().entityManager()),
                    new MessageRetentionSettings(7), eightDaysOn);
            assertThat(later.receivedByAgent("1001", 1, false, null, 10).messages()).as("past 7 days").isEmpty();
            assertThat(later.forgetOld()).isEqualTo(3);
            tx.commit();
        }
    }

    private List<String> texts(Function<UserMessageRecords, UserMessagePage> reading) {
        return read(reading).messages().stream().map(UserMessageView::text).toList();
    }

    private UserMessagePage read(Function<UserMessageRecords, UserMessagePage> reading) {
        try (ModelHarness.OpenTransaction tx = model.begin()) {
            return reading.apply(new UserMessageRecords(new JpaUserMessages(tx.services().entityManager()),
                    new MessageRetentionSettings(7), Clock.fixed(START.plus(Duration.ofHours(1)), ZoneOffset.UTC)));
        }
    }
}
