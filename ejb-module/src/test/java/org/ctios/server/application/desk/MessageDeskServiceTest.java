package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownTeamException;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.TwoTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a team message goes out: the distribution and the agent the switch finds the team by, for each audience and
 * sender; kept as waiting for its event until the CTI Server refuses it; and what is refused before anything is
 * sent. {@link TwoTeams}: team 1 with supervisor 1009, team 2 (no supervisor) with 2001.
 */
class MessageDeskServiceTest {

    private final List<String> sent = new ArrayList<>();
    private RuntimeException refusal;
    private ModelHarness model;
    private MessageDeskService desk;

    private final CtiGateway control = new CtiGateway() {
        @Override
        public void sendUserMessage(Distribution distribution, String clientId, String agentId, String text) {
            if (refusal != null) {
                throw refusal;
            }
            sent.add(distribution + " client " + clientId + " agent " + agentId + ": " + text);
        }
    };

    @BeforeEach
    void start() throws Exception {
        model = TwoTeams.harness();
        desk = new MessageDeskService(control, model.pendingMessages(), null, model.live());
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private static MessageInput message(String sender, String senderAgentId, MessageAudience to, String agentId,
                                        Integer teamId) {
        return new MessageInput(sender, senderAgentId, to, agentId, teamId, "hello");
    }

    @Test
    void eachAudienceGoesOutAsTheDistributionThatReachesIt() {
        desk.send(message("supervisor1", null, MessageAudience.AGENT, "1001", null));
        desk.send(message("supervisor1", null, MessageAudience.TEAM, null, 1));
        desk.send(message("1009", "1009", MessageAudience.TEAM, null, 1));
        desk.send(message("admin", null, MessageAudience.TEAM, null, 2));
        desk.send(message("1002", "1002", MessageAudience.SUPERVISORS, null, 1));
        desk.send(message("admin", null, MessageAudience.EVERYONE, null, null));

        assertThat(sent).containsExactly(
                "CLIENT client 1001 agent null: hello",
                "TEAM client null agent 1009: hello",
                "TEAM client null agent 1009: hello",
                "TEAM client null agent 2001: hello",
                "SUPERVISOR client null agent 1002: hello",
                "ALL client null agent null: hello");
        assertThat(model.pendingMessages().take(Distribution.SUPERVISOR, "hello")).get()
                .extracting(pending -> pending.message().sender()).isEqualTo("1002");
    }

    @Test
    void aMessageTheCtiServerRefusesIsNotWaitedFor() {
        refusal = new CtiRequestRefusedException("USER_MESSAGE", CtiRequestRefusedException.Refusal.FAILURE,
                FailureStatus.CLIENT_NOT_FOUND.code(), 0);

        assertThatThrownBy(() -> desk.send(message("supervisor1", null, MessageAudience.AGENT, "1001", null)))
                .isSameAs(refusal);
        assertThat(model.pendingMessages().take(Distribution.CLIENT, "hello")).isEmpty();
    }

    @Test
    void unknownRecipientsAndTooManyWaitingAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> desk.send(message("supervisor1", null, MessageAudience.AGENT, "9999", null)))
                .isInstanceOf(UnknownAgentException.class);
        assertThatThrownBy(() -> desk.send(message("admin", null, MessageAudience.TEAM, null, 99)))
                .isInstanceOf(UnknownTeamException.class);
        assertThat(sent).isEmpty();

        for (int i = 0; i < 256; i++) {
            desk.send(message("admin", null, MessageAudience.EVERYONE, null, null));
        }
        assertThatThrownBy(() -> desk.send(message("admin", null, MessageAudience.EVERYONE, null, null)))
                .isInstanceOfSatisfying(ServerBusyException.class,
                        e -> assertThat(e.retryAfterSeconds()).isPositive());
        assertThat(sent).hasSize(256);
    }

    @Test
    void aPageHoldsOneToAHundredMessages() {
        assertThatThrownBy(() -> desk.receivedByAgent("1001", null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> desk.receivedBySupervisors(1, null, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> desk.receivedByAgent("9999", null, 10)).isInstanceOf(UnknownAgentException.class);
        assertThatThrownBy(() -> desk.receivedBySupervisors(99, null, 10)).isInstanceOf(UnknownTeamException.class);
    }
}
