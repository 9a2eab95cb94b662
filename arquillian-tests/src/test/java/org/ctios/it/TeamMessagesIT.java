package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ctios.it.EventStreamClient.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Team messages end to end: each sender's answer, the UserMessage event on exactly the recipients' streams (a
 * non-recipient's next message is a later one meant for it too), the 403 and 400 answers before anything reaches
 * the switch, and the recipients' reads. Demo scenario: team 1 (1001, 1002, supervisor1 and its agent 1025), team 2
 * (1026).
 */
class TeamMessagesIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<EventStreamClient> opened = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        opened.forEach(EventStreamClient::close);
    }

    private EventStreamClient open(String user, String query) {
        EventStreamClient client = rest().as(user, user).events("api/events?" + query, null, false);
        opened.add(client);
        assertThat(client.status()).as(user + " " + query).isEqualTo(200);
        assertThat(client.next(WAIT).name()).isEqualTo("snapshot");
        return client;
    }

    private static String nextMessage(EventStreamClient stream) {
        Event event = stream.next("UserMessage", WAIT);
        return event.json().get("text").asText();
    }

    private RestClient.Reply send(String user, String body) {
        return rest().as(user, user).post("api/messages", body);
    }

    private void sent(String user, String body) {
        RestClient.Reply reply = send(user, body);
        assertThat(reply.status()).as(user + " " + body + ": " + reply.body()).isEqualTo(202);
        assertThat(reply.body().get("text").asText()).isNotBlank();
    }

    @Test
    void messagesReachExactlyTheirRecipientsStreamsAndTheirReads() {
        EventStreamClient agent1001 = open("1001", "agentId=1001");
        EventStreamClient agent1002 = open("1002", "agentId=1002");
        EventStreamClient agent1026 = open("1026", "agentId=1026");
        EventStreamClient team1 = open("supervisor1", "teamId=1");
        EventStreamClient team2 = open("admin", "teamId=2");
        EventStreamClient monitor = open("admin", "filter=agent:1001");

        RestClient.Reply toOne = send("supervisor1", "{\"to\": \"AGENT\", \"agentId\": \"1001\", "
                + "\"text\": \"Please take line 3\"}");
        assertThat(toOne.status()).as("%s", toOne.body()).isEqualTo(202);
        assertThat(toOne.body().get("to").asText()).isEqualTo("AGENT");
        assertThat(toOne.body().get("agentId").asText()).isEqualTo("1001");
        Event heard = agent1001.next("UserMessage", WAIT);
        assertThat(heard.json().get("text").asText()).isEqualTo("Please take line 3");
        assertThat(heard.json().get("sender").asText()).isEqualTo("supervisor1");
        assertThat(heard.json().get("to").asText()).isEqualTo("AGENT");

        sent("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"Meeting at 3 in room Harbour\"}");
        assertThat(nextMessage(agent1001)).isEqualTo("Meeting at 3 in room Harbour");
        assertThat(nextMessage(agent1002)).as("1002's first message: not the one for 1001")
                .isEqualTo("Meeting at 3 in room Harbour");

        sent("1001", "{\"to\": \"SUPERVISORS\", \"teamId\": 1, \"text\": \"Caller asks for a manager\"}");
        assertThat(nextMessage(team1)).as("the supervisor's first message: neither the one to 1001 nor the team's")
                .isEqualTo("Caller asks for a manager");

        sent("admin", "{\"to\": \"EVERYONE\", \"text\": \"Fire drill at 11\"}");
        for (EventStreamClient stream : List.of(agent1001, agent1002, team1)) {
            assertThat(nextMessage(stream)).isEqualTo("Fire drill at 11");
        }
        assertThat(nextMessage(agent1026)).as("team 2's agent heard nothing of team 1's").isEqualTo("Fire drill at 11");
        assertThat(nextMessage(team2)).as("team 2's supervisors heard nothing of team 1's")
                .isEqualTo("Fire drill at 11");
        assertThat(monitor.received()).as("a monitor-mode stream carries no messages")
                .noneMatch(event -> event.name().equals("UserMessage"));

        JsonNode read = rest().as("1001", "1001").get("api/messages?agentId=1001&limit=2").body();
        assertThat(read.get("messages")).extracting(message -> message.get("text").asText())
                .containsExactly("Fire drill at 11", "Meeting at 3 in room Harbour");
        JsonNode older = rest().as("1001", "1001").get("api/messages?agentId=1001&limit=2&beforeId="
                + read.get("nextBeforeId").asLong()).body();
        assertThat(older.get("messages")).extracting(message -> message.get("text").asText())
                .startsWith("Please take line 3");
        JsonNode supervisors = rest().as("supervisor1", "supervisor1").get("api/messages?teamId=1").body();
        assertThat(supervisors.get("messages")).extracting(message -> message.get("text").asText())
                .startsWith("Fire drill at 11", "Caller asks for a manager")
                .doesNotContain("Please take line 3", "Meeting at 3 in room Harbour");
    }

    @Test
    void whoMayWriteToWhomIsCheckedBeforeAnythingIsSent() {
        assertForbidden(send("1001", "{\"to\": \"AGENT\", \"agentId\": \"1002\", \"text\": \"psst\"}"));
        assertForbidden(send("1001", "{\"to\": \"SUPERVISORS\", \"teamId\": 2, \"text\": \"hello\"}"));
        assertForbidden(send("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 2, \"text\": \"hello\"}"));
        assertForbidden(send("supervisor1", "{\"to\": \"AGENT\", \"agentId\": \"1026\", \"text\": \"hello\"}"));
        assertForbidden(send("supervisor1", "{\"to\": \"EVERYONE\", \"text\": \"hello\"}"));
        assertForbidden(send("crm", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"hello\"}"));
        assertForbidden(rest().as("1002", "1002").get("api/messages?agentId=1001"));
    }

    @Test
    void emptyTooLongAndMultiLineTextsAreRefusedWithTheReason() {
        assertInvalid(send("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"  \"}"), "text");
        assertInvalid(send("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"" + "x".repeat(255)
                + "\"}"), "254");
        assertInvalid(send("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"one\\ntwo\"}"),
                "control character");
        assertInvalid(send("supervisor1", "{\"to\": \"TEAM\", \"teamId\": 1, \"text\": \"5 \u20ac\"}"), "ISO-8859-1");
        assertInvalid(send("supervisor1", "{\"to\": \"TEAM\", \"text\": \"no team\"}"), "teamId");
        assertInvalid(rest().as("1001", "1001").get("api/messages"), "agentId");
    }

    private static void assertForbidden(RestClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ctios:problem:forbidden");
    }

    private static void assertInvalid(RestClient.Reply reply, String reason) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().toString()).contains(reason);
    }
}
