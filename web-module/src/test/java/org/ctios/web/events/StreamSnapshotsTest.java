package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.server.application.live.LiveAgent;
import org.ctios.server.application.live.LiveCall;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveModelUpdates;
import org.ctios.server.application.live.LiveOrganisation;
import org.ctios.server.application.live.LiveSource;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.web.reasons.ReasonLabels;
import org.ctios.web.representation.ViewTexts;
import org.junit.jupiter.api.Test;

/** Snapshots come from the live model, each mode's own, and one is shared per scope and version. */
class StreamSnapshotsTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

    private final AtomicLong lastEventId = new AtomicLong(500);
    private final LiveModel live = new LiveModel(this::contents, Clock.fixed(AT, ZoneOffset.UTC), Runnable::run);
    private final StreamSnapshots snapshots = new StreamSnapshots(new LiveModelUpdates(live),
            () -> new EventHub.Position(lastEventId.get(), 0), new ViewTexts(new ReasonLabels(Map.of(2, "Lunch"), Map.of(1, "End of shift"))));

    /** Agent 1001 is Amara Okafor; the others have no names. */
    private static LiveAgent agent(String id, int team, AgentState state) {
        boolean named = id.equals("1001");
        return new LiveAgent(id, "2" + id.substring(1), null, named ? "Amara" : null, named ? "Okafor" : null, team,
                false, state, 0, AT, AT, Map.of(team == 1 ? 1L : 2L, state), 1, 1, null, 0);
    }

    private static LiveCall call(long id, Long skillGroup, String... devices) {
        Map<String, LiveCall.Party> parties = new TreeMap<>();
        for (String device : devices) {
            parties.put(device, new LiveCall.Party(ConnectionState.CONNECT, false));
        }
        return new LiveCall(id, "key-" + id, 0, "06" + id, "7001", null, null, Map.of(), Map.of(), null, skillGroup,
                null, null, null, parties, AT.plusSeconds(id), null, null, AT, null, false, false, false, null, 1, 1);
    }

    private LiveSource.Contents contents(ZonedDateTime startOfDay) {
        return new LiveSource.Contents(LiveOrganisation.of(List.of(),
                List.of(new LiveOrganisation.TeamInfo(1, "Harbour", "1025"),
                        new LiveOrganisation.TeamInfo(2, "Summit", "1050"))),
                List.of(agent("1001", 1, AgentState.TALKING), agent("1002", 1, AgentState.AVAILABLE),
                        agent("1026", 2, AgentState.TALKING)),
                List.of(call(7, 1L, "2001", "0612345678"), call(8, 2L, "2026"), call(9, 1L, "7001")), Map.of());
    }

    private static JsonObject json(EventHub.Snapshot snapshot) {
        return Json.createReader(new StringReader(snapshot.data())).readObject();
    }

    private static List<String> ids(JsonArray array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.asJsonObject().getString("id")));
        return ids;
    }

    @Test
    void anAgentsSnapshotIsItsAgentAndTheCallsAtItsDevices() {
        JsonObject data = json(snapshots.take(EventFilter.agent("1001"), false));

        assertThat(ids(data.getJsonArray("agents"))).containsExactly("1001");
        assertThat(data.getJsonArray("agents").getJsonObject(0).getString("state")).isEqualTo("TALKING");
        assertThat(ids(data.getJsonArray("calls"))).containsExactly("7");
    }

    @Test
    void aTeamsSnapshotIsItsMembersWithTheirNamesAndTheirCalls() {
        JsonObject data = json(snapshots.take(EventFilter.team(1), false));

        assertThat(ids(data.getJsonArray("agents"))).containsExactly("1001", "1002");
        JsonObject named = data.getJsonArray("agents").getJsonObject(0);
        assertThat(named.getString("firstName") + " " + named.getString("lastName")).isEqualTo("Amara Okafor");
        assertThat(data.getJsonArray("agents").getJsonObject(1).isNull("firstName")).as("none, said").isTrue();
        assertThat(ids(data.getJsonArray("calls"))).containsExactly("7");
    }

    @Test
    void aMonitorFiltersSnapshotIsEveryAgentAndCallItConcerns() {
        assertThat(ids(json(snapshots.take(EventFilter.everything(), false)).getJsonArray("calls")))
                .as("oldest first").containsExactly("7", "8", "9");
        JsonObject skillGroup = json(snapshots.take(EventFilter.parse("skillGroup:2"), false));

        assertThat(ids(skillGroup.getJsonArray("agents"))).containsExactly("1026");
        assertThat(ids(skillGroup.getJsonArray("calls"))).containsExactly("8");
    }

    @Test
    void oneSnapshotIsSharedPerScopeAndVersionAndTakenAfterThePosition() {
        EventHub.Snapshot first = snapshots.take(EventFilter.everything(), false);
        lastEventId.set(510); // events published since, of changes the model already shows

        EventHub.Snapshot second = snapshots.take(EventFilter.parse("type:AgentState"), false);

        assertThat(second).as("the same scope at the same version: the same snapshot, from the same position")
                .isSameAs(first);
        assertThat(second.after().lastId()).isEqualTo(500);

        live.commit(LiveChange.of(List.of(agent("1002", 1, AgentState.NOT_READY)), List.of(), List.of(),
                List.of(), false));
        EventHub.Snapshot afterChange = snapshots.take(EventFilter.everything(), false);
        EventHub.Snapshot fresh = snapshots.take(EventFilter.everything(), true);

        assertThat(afterChange).isNotSameAs(first);
        assertThat(afterChange.after().lastId()).isEqualTo(510);
        assertThat(afterChange.data()).contains("NOT_READY");
        assertThat(fresh).as("asked fresh: taken anew even at the same version").isNotSameAs(afterChange);
    }
}
