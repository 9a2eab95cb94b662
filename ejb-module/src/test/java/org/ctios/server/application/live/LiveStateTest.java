package org.ctios.server.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.junit.jupiter.api.Test;

/**
 * A version made change by change shows exactly what a version made at once from the same agents and calls shows:
 * views, buttons, team members and skill-group figures, through random changes of states, devices (shared, moved,
 * swapped between instrument and extension), teams, skill groups, parties, queues and ended calls.
 */
class LiveStateTest {

    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");
    private static final List<String> DEVICES = List.of("2001", "2002", "2003", "2004", "2005", "2006", "7001",
            "7002", "0612345678");
    private static final AgentState[] STATES = {AgentState.LOGOUT, AgentState.NOT_READY, AgentState.AVAILABLE,
        AgentState.RESERVED, AgentState.TALKING, AgentState.HOLD, AgentState.WORK_READY};
    private static final ConnectionState[] CONNECTIONS = {ConnectionState.ALERTING, ConnectionState.CONNECT,
        ConnectionState.HOLD, ConnectionState.QUEUED, ConnectionState.INITIATE};

    private final Random random = new Random(18);
    private long sequence;

    private String someDevice() {
        return DEVICES.get(random.nextInt(DEVICES.size()));
    }

    private LiveAgent randomAgent(int number) {
        Map<Long, AgentState> groups = new TreeMap<>();
        AgentState state = STATES[random.nextInt(STATES.length)];
        for (long group = 1; group <= 3; group++) {
            if (random.nextInt(3) > 0) {
                groups.put(group, state);
            }
        }
        return new LiveAgent(String.valueOf(1000 + number), someDevice(), random.nextBoolean() ? someDevice() : null,
                null, null, random.nextInt(4) == 0 ? null : 1 + random.nextInt(3), random.nextInt(5) == 0, state,
                random.nextInt(3), START.plusSeconds(sequence), START, groups, 1, ++sequence, null, 0);
    }

    private LiveCall randomCall(long callId, String callKey) {
        Map<String, LiveCall.Party> parties = new TreeMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            parties.put(someDevice(), new LiveCall.Party(CONNECTIONS[random.nextInt(CONNECTIONS.length)],
                    random.nextInt(6) == 0));
        }
        return new LiveCall(callId, callKey, random.nextInt(3), "06" + callId, "7001", null, null, Map.of(), Map.of(),
                null, random.nextInt(4) == 0 ? null : 1L + random.nextInt(3), null, null,
                random.nextBoolean() ? someDevice() : null, parties, START.plusSeconds(callId),
                random.nextBoolean() ? START.plusSeconds(callId + 1) : null, null, null, null, false,
                random.nextInt(4) == 0, random.nextBoolean(), null, 1, ++sequence);
    }

    @Test
    void aVersionMadeChangeByChangeEqualsOneMadeAtOnce() {
        LiveOrganisation organisation = LiveOrganisation.of(List.of(
                new LiveOrganisation.SkillGroupInfo(1, 5001L, "Sales"),
                new LiveOrganisation.SkillGroupInfo(2, 5002L, "Service"),
                new LiveOrganisation.SkillGroupInfo(3, 5003L, "Billing")),
                List.of(new LiveOrganisation.TeamInfo(1, "Harbour", "1000"),
                        new LiveOrganisation.TeamInfo(2, "Summit", null),
                        new LiveOrganisation.TeamInfo(3, "Valley", "1009")));
        Map<String, LiveAgent> agents = new HashMap<>();
        Map<Long, LiveCall> calls = new HashMap<>();
        LiveState state = LiveState.of(1, new LiveSource.Contents(organisation, List.of(), List.of(), Map.of()));
        int callKeys = 0;
        for (int round = 0; round < 400; round++) {
            List<LiveAgent> changedAgents = new ArrayList<>();
            List<LiveCall> changedCalls = new ArrayList<>();
            List<EndedCall> ended = new ArrayList<>();
            for (int change = 1 + random.nextInt(4); change > 0; change--) {
                int kind = random.nextInt(3);
                if (kind == 0) {
                    LiveAgent agent = randomAgent(random.nextInt(12));
                    agents.put(agent.agentId(), agent);
                    changedAgents.removeIf(earlier -> earlier.agentId().equals(agent.agentId()));
                    changedAgents.add(agent);
                } else if (kind == 1 || calls.isEmpty()) {
                    long callId = 1 + random.nextInt(10);
                    LiveCall existing = calls.get(callId);
                    LiveCall call = randomCall(callId, existing != null ? existing.callKey() : "key-" + ++callKeys);
                    calls.put(callId, call);
                    changedCalls.removeIf(earlier -> earlier.callId() == callId);
                    changedCalls.add(call);
                } else if (changedCalls.isEmpty()) {
                    LiveCall gone = List.copyOf(calls.values()).get(random.nextInt(calls.size()));
                    calls.remove(gone.callId());
                    ended.add(new EndedCall(gone.callId(), gone.callKey(), gone.skillGroupNumber(), null,
                            START.plusSeconds(round)));
                }
            }
            state = state.after(LiveChange.of(changedAgents, changedCalls, ended, List.of(), false), ZoneOffset.UTC);

            LiveState atOnce = LiveState.of(state.version(), new LiveSource.Contents(organisation,
                    List.copyOf(agents.values()), List.copyOf(calls.values()), Map.of()));
            assertThat(state.agents()).as("agents after round " + round).isEqualTo(atOnce.agents());
            assertThat(state.calls()).as("calls after round " + round).isEqualTo(atOnce.calls());
            for (int team = 1; team <= 3; team++) {
                assertThat(state.members(team)).as("team " + team + " after round " + round)
                        .isEqualTo(atOnce.members(team));
            }
            Instant now = START.plusSeconds(10_000);
            assertThat(state.skillGroups(now, ZoneOffset.UTC)).extracting(view -> List.of(view.members(),
                            view.agentsLoggedIn(), view.agentsAvailable(), view.agentsTalking(), view.callsQueued(),
                            view.longestQueued()))
                    .as("skill groups after round " + round)
                    .isEqualTo(atOnce.skillGroups(now, ZoneOffset.UTC).stream().map(view -> List.of(view.members(),
                            view.agentsLoggedIn(), view.agentsAvailable(), view.agentsTalking(),
                            view.callsQueued(), view.longestQueued())).toList());
        }
    }
}
