package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.it.EventStreamClient.Event;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.SkillGroupView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SkillGroupStatistics events on the live event streams, driven by agent state changes in the simulator: the
 * figures are those GET /api/skillgroups/{number} shows, a burst of changes is coalesced (at most one event per
 * skill group per second, the default ctios.events.statistics-interval) and its last figures are sent, an
 * agent-mode stream does not carry them, and a supervisor's team-mode stream carries them with its team's events.
 * Beside them, fromSwitch holds the switch's own figures (QUERY_SKILL_GROUP_STATISTICS), equal to the simulator's,
 * asked at most once per ctios.skill-group-statistics.switch-interval (10 s) and streamed while a stream watches.
 */
class SkillGroupStatisticsStreamIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final String SALES = "1";
    private static final String SALES_STATISTICS = "?filter=type:SkillGroupStatistics;skillGroup:" + SALES;

    private final List<EventStreamClient> opened = new ArrayList<>();
    private final List<String> madeNotReady = new ArrayList<>();

    @BeforeEach
    void linkUp() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(rest().get("api/agents/1045").body().get("state").asText()).isEqualTo("AVAILABLE"));
    }

    @AfterEach
    void restore() {
        opened.forEach(EventStreamClient::close);
        madeNotReady.forEach(agentId -> simulator.changeAgentState(agentId, AgentState.AVAILABLE, 0));
    }

    private EventStreamClient open(String query) {
        return open(rest(), query);
    }

    private EventStreamClient open(RestClient as, String query) {
        EventStreamClient client = as.events("api/events" + query, null, false);
        opened.add(client);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.next(WAIT).name()).isEqualTo("snapshot");
        return client;
    }

    /** Available agents of a team, by id. */
    private List<String> availableAgentsOfTeam(String team) {
        List<String> agents = new ArrayList<>();
        rest().get("api/agents").body().forEach(agent -> {
            if (team.equals(agent.path("team").asText()) && agent.get("state").asText().equals("AVAILABLE")) {
                agents.add(agent.get("id").asText());
            }
        });
        agents.sort(null);
        return agents;
    }

    /** Available agents of the sales skill group. */
    private List<String> availableSalesAgents() {
        List<String> agents = new ArrayList<>();
        rest().get("api/agents").body().forEach(agent -> {
            List<String> groups = new ArrayList<>();
            agent.get("skillGroups").forEach(group -> groups.add(group.asText()));
            if (groups.contains(SALES) && agent.get("state").asText().equals("AVAILABLE")) {
                agents.add(agent.get("id").asText());
            }
        });
        return agents;
    }

    private void notReady(String agentId) {
        madeNotReady.add(agentId);
        simulator.changeAgentState(agentId, AgentState.NOT_READY, 3);
    }

    private JsonNode sales() {
        return rest().get("api/skillgroups/" + SALES).body();
    }

    /** The figures computed here, without the switch's (whose age differs from one read to the next). */
    private static JsonNode ours(JsonNode group) {
        ObjectNode copy = group.deepCopy();
        copy.remove("fromSwitch");
        return copy;
    }

    /** Statistics events until one shows these figures (ours); fails if none does within the wait. */
    private List<Event> statisticsUntil(EventStreamClient stream, JsonNode figures) {
        List<Event> events = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Event event = stream.next("SkillGroupStatistics", Duration.ofNanos(Math.max(1,
                    deadline - System.nanoTime())));
            events.add(event);
            if (ours(event.json().get("skillGroup")).equals(ours(figures))) {
                return events;
            }
        }
    }

    /** The switch's figures of the group as fromSwitch names them, and the simulator's own, in the same order. */
    private static List<Long> switchFigures(JsonNode fromSwitch) {
        return List.of(fromSwitch.get("agentsLoggedIn").asLong(), fromSwitch.get("agentsAvailable").asLong(),
                fromSwitch.get("agentsNotReady").asLong(), fromSwitch.get("callsInQueue").asLong(),
                fromSwitch.get("callsHandledToday").asLong(), fromSwitch.get("callsQueuedToday").asLong());
    }

    private List<Long> simulatorsFigures() {
        SkillGroupView truth = simulator.stats().skillGroups().stream()
                .filter(group -> String.valueOf(group.number()).equals(SALES)).findFirst().orElseThrow();
        return List.of((long) truth.agentsLoggedOn(), (long) truth.agentsAvailable(), (long) truth.agentsNotReady(),
                (long) truth.callsQueued(), truth.callsHandled(), truth.callsOffered());
    }

    @Test
    void theSwitchsOwnFiguresStandBesideOursEqualTheSimulatorsAndReachTheStream() {
        EventStreamClient stream = open(SALES_STATISTICS);
        Instant started = Instant.now().minusMillis(200);   // readAt is whole milliseconds

        JsonNode[] read = new JsonNode[1];
        await("a reading taken since the test began, equal to the simulator's figures").atMost(WAIT)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    read[0] = sales().get("fromSwitch");
                    assertThat(Instant.parse(read[0].get("readAt").asText())).isAfter(started);
                    assertThat(switchFigures(read[0])).isEqualTo(simulatorsFigures());
                });
        JsonNode fromSwitch = read[0];
        assertThat(fromSwitch.get("unavailable").isNull()).isTrue();
        assertThat(fromSwitch.get("refreshSeconds").asLong()).isEqualTo(10);
        assertThat(fromSwitch.get("ageSeconds").asLong()).isBetween(0L, 10L);
        assertThat(fromSwitch.get("queueSecondsToday").isNull()).as("not kept by the simulator: unknown").isTrue();
        assertThat(sales().get("fromSwitch").get("readAt")).as("a second reader within the interval shares the "
                + "reading").isEqualTo(fromSwitch.get("readAt"));
        assertThat(rest().get("api/skillgroups").body()).allSatisfy(group ->
                assertThat(group.get("fromSwitch").get("readAt").isTextual()).as(group.get("number").asText())
                        .isTrue());

        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode streamed;
        do {
            streamed = stream.next("SkillGroupStatistics", Duration.ofNanos(Math.max(1,
                    deadline - System.nanoTime()))).json().get("skillGroup").path("fromSwitch");
        } while (streamed.isMissingNode() || Instant.parse(streamed.get("readAt").asText()).isBefore(
                Instant.parse(fromSwitch.get("readAt").asText())));
        assertThat(switchFigures(streamed)).as("the watched group's reading reaches the stream")
                .isEqualTo(simulatorsFigures());
    }

    @Test
    void aChangeInTheGroupSendsItsFiguresAsTheRestApiShowsThem() {
        EventStreamClient stream = open(SALES_STATISTICS);
        String agentId = availableSalesAgents().get(0);
        int notReadyBefore = sales().get("agentsNotReady").asInt();

        notReady(agentId);

        await("the change is stored").atMost(WAIT).until(() ->
                sales().get("agentsNotReady").asInt() == notReadyBefore + 1);
        JsonNode figures = sales();
        List<Event> events = statisticsUntil(stream, figures);
        Event last = events.get(events.size() - 1);
        assertThat(last.json().get("skillGroupNumber").asText()).isEqualTo(SALES);
        assertThat(last.json().get("skillGroup").get("agentsNotReady").asInt()).isEqualTo(notReadyBefore + 1);
        assertThat(stream.received()).as("the filter lets through this group's statistics only")
                .allSatisfy(event -> {
                    assertThat(event.name()).isEqualTo("SkillGroupStatistics");
                    assertThat(event.json().get("skillGroupNumber").asText()).isEqualTo(SALES);
                });
    }

    @Test
    void aBurstOfChangesIsCoalescedAndItsLastFiguresAreSent() throws InterruptedException {
        EventStreamClient stream = open(SALES_STATISTICS);
        List<String> agents = availableSalesAgents().subList(0, 5);
        int notReadyBefore = sales().get("agentsNotReady").asInt();
        long started = System.nanoTime();

        for (String agentId : agents) {
            notReady(agentId);
        }
        for (String agentId : agents.subList(0, 2)) {
            simulator.changeAgentState(agentId, AgentState.AVAILABLE, 0);
        }

        await("the last change is stored").atMost(WAIT).until(() ->
                sales().get("agentsNotReady").asInt() == notReadyBefore + 3);
        List<Event> events = statisticsUntil(stream, sales());
        Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
        JsonNode last = ours(events.get(events.size() - 1).json().get("skillGroup"));
        assertThat(stream.received()).as("anything after the last figures (a change coalesced after they were read)"
                + " repeats them").allSatisfy(event -> assertThat(ours(event.json().get("skillGroup")))
                        .isEqualTo(last));
        double seconds = (events.get(events.size() - 1).receivedAtNanos() - started) / 1e9;
        // at most one event per interval (one more for the interval under way, one for a late delivery)
        assertThat(events.size()).as("%d events over %.1f s for 7 changes", events.size(), seconds)
                .isLessThanOrEqualTo((int) (seconds / (INTERVAL.toNanos() / 1e9)) + 2);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).id()).isGreaterThan(events.get(i - 1).id());
        }
    }

    @Test
    void anAgentsStreamDoesNotCarryItsSkillGroupsStatistics() throws InterruptedException {
        EventStreamClient monitor = open(SALES_STATISTICS);
        String agentId = availableSalesAgents().get(0);
        EventStreamClient agentStream = open("?agentId=" + agentId);

        notReady(agentId);

        assertThat(agentStream.next("AgentState", WAIT).json().get("agent").get("state").asText())
                .isEqualTo("NOT_READY");
        monitor.next("SkillGroupStatistics", WAIT);
        Thread.sleep(500);   // a moment for the agent's stream to receive whatever else it would
        assertThat(agentStream.received()).extracting(Event::name).doesNotContain("SkillGroupStatistics");
    }

    @Test
    void aSupervisorsTeamStreamCarriesItsTeamsEventsAndTheStatisticsButNoOtherTeamsEvents() {
        RestClient supervisor = rest().as("supervisor1", "supervisor1");
        assertThat(rest().as("1001", "1001").get("api/events?teamId=1", "text/event-stream").status())
                .as("an agent of the team").isEqualTo(403);
        assertThat(supervisor.get("api/events?teamId=2", "text/event-stream").status()).isEqualTo(403);
        assertThat(supervisor.get("api/events?teamId=99", "text/event-stream").status())
                .as("403 before anything about the team is revealed").isEqualTo(403);
        assertThat(rest().get("api/events?teamId=99", "text/event-stream").body().get("type").asText())
                .isEqualTo("urn:ctios:problem:unknown-resource");
        assertThat(rest().get("api/events?teamId=1&agentId=1001", "text/event-stream").body().get("type").asText())
                .isEqualTo("urn:ctios:problem:invalid-event-filter");

        EventStreamClient team = supervisor.events("api/events?teamId=1", null, false);
        opened.add(team);
        assertThat(team.status()).isEqualTo(200);
        Event first = team.next(WAIT);
        assertThat(first.name()).isEqualTo("snapshot");
        JsonNode snapshot = first.json();
        List<String> members = new ArrayList<>();
        snapshot.get("agents").forEach(agent -> {
            assertThat(agent.path("team").asText()).as(agent.get("id").asText()).isEqualTo("1");
            members.add(agent.get("id").asText());
        });
        assertThat(members).contains("1001", "1024", "1025").doesNotContain("1026", "1050");
        snapshot.get("calls").forEach(call -> {
            List<String> onCall = new ArrayList<>();
            call.get("agentIds").forEach(id -> onCall.add(id.asText()));
            assertThat(onCall).as("a call of the snapshot").containsAnyElementsOf(members);
        });

        String otherTeams = availableAgentsOfTeam("2").get(0);   // 1026 unless it is busy
        notReady(otherTeams);
        await("the other team's change is stored").atMost(WAIT).until(() ->
                rest().get("api/agents/" + otherTeams).body().get("state").asText().equals("NOT_READY"));
        String member = availableAgentsOfTeam("1").get(0);
        notReady(member);

        List<Event> seen = new ArrayList<>();
        boolean memberSeen = false;
        boolean statisticsSeen = false;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(memberSeen && statisticsSeen)) {
            Event event = team.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            seen.add(event);
            memberSeen |= event.name().equals("AgentState") && event.json().get("agentId").asText().equals(member)
                    && event.json().get("agent").get("state").asText().equals("NOT_READY");
            statisticsSeen |= event.name().equals("SkillGroupStatistics");
        }
        assertThat(seen).as("the other team's change was stored before the member's, so its event would have come "
                + "first").noneSatisfy(event ->
                        assertThat(event.json().path("agentId").asText()).isEqualTo(otherTeams));
    }
}
