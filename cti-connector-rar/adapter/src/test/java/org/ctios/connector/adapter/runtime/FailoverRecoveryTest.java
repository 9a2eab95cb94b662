package org.ctios.connector.adapter.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.StateMirror;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The acceptance case: 500 logged-in agents and 50 calls in progress, side A fails, the link moves to side B
 * and the application's state (a {@link StateMirror} fed only by the delivered events) matches the simulator's truth
 * again. Then both sides go down while agents and calls change, and the snapshot after side A returns repairs the
 * application's state. The times it took are printed and written to {@code target/failover-figures.txt}; they are
 * measurements, not assertions.
 */
class FailoverRecoveryTest {

    private static final int AGENTS = 500;
    private static final int CALLS = 50;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void sideAFailsWith500AgentsAnd50CallsAndSideBRestoresTheTruth() throws Exception {
        PbxSimulator.Settings settings = PbxSimulator.Settings.forTests(ScenarioLoader.load(AGENTS, 0, 1, 3600, 1));
        ThreadWorks works = new ThreadWorks();
        try (PbxSimulator simulator = PbxSimulator.start(settings)) {
            await().atMost(WAIT).until(() -> simulator.agents().stream()
                    .allMatch(agent -> agent.state() == AgentState.AVAILABLE));
            Set<String> agentIds = simulator.agents().stream().map(AgentView::agentId).collect(Collectors.toSet());
            Set<String> agentDevices = StateMirror.agentDevices(simulator);
            CtiConnector connector = new CtiConnector(TestSettings.sides(simulator.sideAPort(),
                    simulator.sideBPort()).agents(agentIds).delivery(4, 10_000, 3).connector(), works,
                    SocketFactory.getDefault(), Clock.systemUTC());
            StateMirror mirror = new StateMirror();
            RecordingEndpoints endpoints = new RecordingEndpoints("state-model", 16).forwardingTo(mirror);
            connector.start();
            connector.activate(endpoints);
            try {
                for (int i = 0; i < CALLS; i++) {
                    simulator.injectCall(1 + i % 3, "0611" + (100_000 + i), "700" + (1 + i % 3),
                            CallVariables.of("case-" + i), List.of());
                }
                await().atMost(WAIT).until(() -> connectedCalls(simulator) == CALLS);
                await().atMost(WAIT).until(() -> mirror.view(agentDevices).equals(StateMirror.truthOf(simulator)));
                assertThat(mirror.view(agentDevices).agents().values())
                        .filteredOn(state -> state != AgentState.LOGOUT).hasSize(AGENTS);

                // Side A fails: the link must find side B and the snapshot must restore the state.
                Instant failedAt = Instant.now();
                simulator.failSide("A");
                SnapshotCompleted onB = awaitCompleteSnapshotOn("B", endpoints);
                Instant matchedAt = awaitMatch(mirror, agentDevices, simulator);
                Instant upOnB = linkUpOn("B", endpoints);
                SnapshotStarted startedOnB = snapshotStartedOn("B", endpoints);
                assertThat(onB.agentIds()).hasSize(AGENTS);
                assertThat(onB.callIds()).hasSize(CALLS);
                assertThat(connector.deadLetters()).isEmpty();

                // Both sides down while the switch goes on; side A returns.
                simulator.failSide("B");
                await().atMost(WAIT).until(() -> !connector.status().connected());
                List<String> changes = changeWhileDown(simulator);
                assertThat(mirror.view(agentDevices)).isNotEqualTo(StateMirror.truthOf(simulator));
                Instant restoredAt = Instant.now();
                simulator.restoreSide("A");
                awaitCompleteSnapshotOn("A", endpoints);
                Instant repairedAt = awaitMatch(mirror, agentDevices, simulator);

                String figures = String.join(System.lineSeparator(),
                        "Failover of side A with " + AGENTS + " logged-in agents and " + CALLS + " calls in progress:",
                        "  side A failed -> session open on side B: " + millis(failedAt, upOnB) + " ms",
                        "  snapshot on side B (" + onB.agentIds().size() + " agents, " + onB.callIds().size()
                                + " calls): " + millis(startedOnB.origin().receivedAt(), onB.origin().receivedAt())
                                + " ms",
                        "  side A failed -> application state equal to the switch's: " + millis(failedAt, matchedAt)
                                + " ms",
                        "Outage of both sides with changes (" + String.join(", ", changes) + "):",
                        "  side A restored -> application state equal to the switch's: "
                                + millis(restoredAt, repairedAt) + " ms",
                        "Events delivered: " + connector.status().eventsDelivered() + ", dead letters: "
                                + connector.status().deadLetters());
                System.out.println(figures);
                Files.writeString(Path.of("target", "failover-figures.txt"), figures + System.lineSeparator());
            } finally {
                assertThat(connector.stop(Duration.ofSeconds(5))).isTrue();
            }
        }
    }

    private static long connectedCalls(PbxSimulator simulator) {
        return simulator.calls().stream().filter(call -> call.connections().stream()
                .anyMatch(c -> c.kind() == DeviceKind.AGENT && c.state() == ConnectionState.CONNECTED)).count();
    }

    /** Agents go not ready, calls end and new ones ring while the application cannot see it. */
    private static List<String> changeWhileDown(PbxSimulator simulator) {
        List<AgentView> idle = simulator.agents().stream().filter(agent -> agent.calls().isEmpty()).limit(25)
                .toList();
        for (AgentView agent : idle) {
            simulator.changeAgentState(agent.agentId(), AgentState.NOT_READY, 12);
        }
        List<CallView> ending = new ArrayList<>(simulator.calls().subList(0, 10));
        for (CallView call : ending) {
            ConnectionView agentSide = call.connections().stream().filter(c -> c.kind() == DeviceKind.AGENT)
                    .findFirst().orElseThrow();
            simulator.onSwitch(acd -> acd.clearConnection(call.callId(), agentSide.deviceId()));
        }
        for (int i = 0; i < 5; i++) {
            simulator.injectCall(1 + i % 3, "0622" + (100_000 + i), "7001", CallVariables.none(), List.of());
        }
        return List.of(idle.size() + " agents not ready", ending.size() + " calls ended", "5 calls arrived");
    }

    private static SnapshotCompleted awaitCompleteSnapshotOn(String side, RecordingEndpoints endpoints) {
        await().atMost(WAIT).until(() -> completeSnapshotOn(side, endpoints) != null);
        return completeSnapshotOn(side, endpoints);
    }

    private static SnapshotCompleted completeSnapshotOn(String side, RecordingEndpoints endpoints) {
        SnapshotStarted started = snapshotStartedOn(side, endpoints);
        if (started == null) {
            return null;
        }
        return endpoints.received(SnapshotCompleted.class).stream()
                .filter(c -> c.complete() && c.started().equals(started.origin())).findFirst().orElse(null);
    }

    /** The last snapshot started on that side. */
    private static SnapshotStarted snapshotStartedOn(String side, RecordingEndpoints endpoints) {
        return endpoints.received(SnapshotStarted.class).stream().filter(s -> s.side().equals(side))
                .reduce((first, second) -> second).orElse(null);
    }

    private static Instant linkUpOn(String side, RecordingEndpoints endpoints) {
        return endpoints.received(LinkStatusChanged.class).stream().filter(e -> e.connected() && e.side().equals(side))
                .reduce((first, second) -> second).orElseThrow().origin().receivedAt();
    }

    private static Instant awaitMatch(StateMirror mirror, Set<String> agentDevices, PbxSimulator simulator) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20))
                .until(() -> mirror.view(agentDevices).equals(StateMirror.truthOf(simulator)));
        return Instant.now();
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
