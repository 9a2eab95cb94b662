package org.ctios.connector.adapter.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.inbound.EventFilter;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.StateMirror;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.DeadLetter;
import org.ctios.connector.api.LinkStatus;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connector without a container: events from the simulator through translation and the keyed delivery workers
 * to a stand-in MDB pool, the snapshot after (re)connecting, and what happens when the MDBs fail or cannot keep up.
 */
class CtiConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Set<String> DEMO_AGENTS = IntStream.rangeClosed(1001, 1050).mapToObj(String::valueOf)
            .collect(Collectors.toSet());

    private final ThreadWorks works = new ThreadWorks();
    private CtiConnector connector;

    @AfterEach
    void stopConnector() throws Exception {
        if (connector != null) {
            assertThat(connector.stop(Duration.ofSeconds(5))).as("the connector stops within 5 s").isTrue();
        }
        await("every task of the connector ended").atMost(Duration.ofSeconds(2)).until(() -> works.alive() == 0);
    }

    private CtiConnector start(TestSettings settings) {
        connector = new CtiConnector(settings.connector(), works, SocketFactory.getDefault(), Clock.systemUTC());
        connector.start();
        return connector;
    }

    /** The connector on the simulator, knowing the demo's agents, with one endpoint that receives every event. */
    private RecordingEndpoints startWithDemoAgentsFor(PbxSimulator simulator, String name) {
        start(TestSettings.sides(simulator.sideAPort()).agents(DEMO_AGENTS));
        RecordingEndpoints endpoints = new RecordingEndpoints(name, 10);
        connector.activate(endpoints);
        return endpoints;
    }

    private static List<AgentStateChanged> changesOf(RecordingEndpoints endpoints, String agentId) {
        return endpoints.received(AgentStateChanged.class).stream().filter(e -> e.agentId().equals(agentId))
                .toList();
    }

    @Test
    void deliversEachEventThroughAPairedEndpointThatIsReleasedOnce() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()));
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10);
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());

            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

            await().atMost(WAIT).until(() -> changesOf(endpoints, "1001").stream()
                    .anyMatch(e -> e.state() == AgentState.AVAILABLE));
            await().atMost(WAIT).until(() -> endpoints.released() == endpoints.created());
            assertThat(endpoints.protocolErrors()).isEmpty();
            assertThat(connector.status().eventsDelivered()).isEqualTo(endpoints.received().size());
        }
    }

    /**
     * The reader saw 107 events delivered for 64 received: a resynchronisation's snapshots are read through
     * requests, not received, and every endpoint gets every event. The counters say so and add up.
     */
    @Test
    void theEventCountersReconcileWithAResynchronisationTwoEndpointsAndADeadLetter() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).agents(DEMO_AGENTS).linkHeldOnRequest());
            RecordingEndpoints first = new RecordingEndpoints("first-mdb", 10);
            RecordingEndpoints second = new RecordingEndpoints("second-mdb", 10)
                    .failing(event -> event instanceof AgentStateChanged changed && changed.agentId().equals("1002"));
            connector.activate(first);
            connector.activate(second);
            connector.holdLink(0);
            await().atMost(WAIT).until(() -> !first.received(SnapshotCompleted.class).isEmpty());

            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            simulator.changeAgentState("1002", AgentState.AVAILABLE, 0);

            // one event per skill group of agent 1002: each a dead letter of the second endpoint
            await("the second endpoint's deliveries given up").atMost(WAIT)
                    .until(() -> connector.status().deadLetters() > 0);
            await("nothing queued or in delivery").atMost(WAIT).until(() -> {
                LinkStatus status = connector.status();
                return status.eventsPending() == 0 && first.released() == first.created()
                        && second.released() == second.created()
                        && first.received().size() == status.eventsDispatched();
            });
            LinkStatus status = connector.status();
            assertThat(status.messageEndpoints()).isEqualTo(2);
            assertThat(status.eventsGenerated()).as("the snapshot's events, at least one per agent")
                    .isGreaterThan(DEMO_AGENTS.size());
            assertThat(status.eventsDelivered()).as("more deliveries than events received")
                    .isGreaterThan(status.eventsReceived());
            assertThat(status.eventsReceived() - status.eventsIgnored() + status.eventsGenerated())
                    .isEqualTo(status.eventsDispatched());
            assertThat(status.eventsDelivered() + status.deadLetters() + status.eventsPending()
                    + status.eventsFiltered()).isEqualTo(status.deliveriesOffered())
                    .isEqualTo(status.eventsDispatched() * status.messageEndpoints());
            assertThat(second.received()).hasSize((int) (status.eventsDispatched() - status.deadLetters()));
        }
    }

    @Test
    void anotherApplicationsEndpointActivatedLaterGetsTheWholeStateOverTheSameSession() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            RecordingEndpoints objectServer = startWithDemoAgentsFor(simulator, "object-server");
            await().atMost(WAIT).until(() -> objectServer.received(SnapshotCompleted.class).size() == 1);
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            await().atMost(WAIT).until(() -> changesOf(objectServer, "1001").stream()
                    .anyMatch(e -> e.state() == AgentState.AVAILABLE));

            RecordingEndpoints popsOnly = new RecordingEndpoints("pops", 10);
            connector.activate(popsOnly, EventFilter.of("CallDelivered", "", ""));
            RecordingEndpoints agents = new RecordingEndpoints("agents", 10);
            connector.activate(agents, EventFilter.of("AgentSnapshot,AgentStateChanged", "1001", ""));

            await("the agents endpoint asked for a snapshot").atMost(WAIT)
                    .until(() -> !agents.received(AgentSnapshot.class).isEmpty());
            assertThat(agents.received(AgentSnapshot.class)).extracting(AgentSnapshot::agentId)
                    .as("only its agent").containsOnly("1001");
            assertThat(agents.received(AgentSnapshot.class)).extracting(AgentSnapshot::state)
                    .as("read from the switch").containsOnly(AgentState.AVAILABLE);
            await().atMost(WAIT).until(() -> objectServer.received(SnapshotCompleted.class).size() == 2);
            assertThat(objectServer.received(SnapshotCompleted.class)).as("one snapshot for the agents endpoint only,"
                    + " none for the endpoint without snapshot items").hasSize(2);
            assertThat(popsOnly.received()).isEmpty();
            assertThat(simulator.openSessionCount()).as("one CTI session for all of them").isEqualTo(1);
            assertThat(connector.status().reconnects()).isZero();
        }
    }

    @Test
    void aConnectorInAClusterOpensTheLinkOnlyWhenHeldAndThenResynchronises() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).agents(DEMO_AGENTS).linkHeldOnRequest());
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10);
            connector.activate(endpoints);
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

            await("a standby connector would have connected by now").during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(2)).until(() -> !connector.status().connected());
            assertThat(connector.status().standby()).isTrue();
            assertThat(endpoints.received()).as("nothing delivered while on standby").isEmpty();

            long earlierHoldersEpoch = System.currentTimeMillis() + 3_600_000;   // a server whose clock is ahead
            assertThat(connector.holdLink(earlierHoldersEpoch)).as("the first hold opens the link").isTrue();
            assertThat(connector.holdLink(0)).as("a second hold changes nothing").isFalse();
            await().atMost(WAIT).until(() -> !endpoints.received(SnapshotCompleted.class).isEmpty());
            assertThat(connector.status().standby()).isFalse();
            assertThat(connector.status().connected()).isTrue();
            assertThat(endpoints.received(AgentSnapshot.class)).filteredOn(a -> a.agentId().equals("1001"))
                    .singleElement().extracting(AgentSnapshot::state).as("read from the switch once held")
                    .isEqualTo(AgentState.AVAILABLE);
            assertThat(endpoints.received()).as("every event of this holding comes after the earlier holder's")
                    .allSatisfy(event -> assertThat(event.origin().epoch()).isEqualTo(earlierHoldersEpoch + 1));
        }
    }

    @Test
    void aReleasedLinkClosesItsSessionAtOnceAndOpensAgainWhenHeldAgain() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).agents(DEMO_AGENTS).linkHeldOnRequest());
            connector.activate(new RecordingEndpoints("mdb", 10));
            connector.holdLink(0);
            await().atMost(WAIT).until(() -> simulator.openSessionCount() == 1 && connector.status().connected());

            connector.releaseLink();

            await("the CTI Server sees the session closed").atMost(Duration.ofSeconds(2))
                    .until(() -> simulator.openSessionCount() == 0);
            assertThat(connector.status().standby()).isTrue();
            await("and it stays closed").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .until(() -> simulator.openSessionCount() == 0);

            assertThat(connector.holdLink(0)).as("held again").isTrue();
            await().atMost(WAIT).until(() -> simulator.openSessionCount() == 1 && connector.status().connected());
            assertThat(connector.status().standby()).isFalse();
        }
    }

    @Test
    void aConnectorThatNeverHeldTheLinkStopsAtOnce() throws Exception {
        start(TestSettings.sides(1).linkHeldOnRequest());
        assertThat(connector.stop(Duration.ofSeconds(1))).as("no link to wait for").isTrue();
        connector = null;
    }

    @Test
    void theFirstEndpointReceivesASnapshotOfEveryKnownAgent() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            RecordingEndpoints endpoints = startWithDemoAgentsFor(simulator, "mdb");

            await().atMost(WAIT).until(() -> !endpoints.received(SnapshotCompleted.class).isEmpty());
            List<CtiEvent> received = endpoints.received();
            SnapshotCompleted completed = endpoints.received(SnapshotCompleted.class).get(0);
            int startedAt = received.indexOf(endpoints.received(SnapshotStarted.class).get(0));
            int completedAt = received.indexOf(completed);
            List<AgentSnapshot> agents = received.subList(startedAt, completedAt).stream()
                    .filter(AgentSnapshot.class::isInstance).map(AgentSnapshot.class::cast).toList();

            assertThat(completed.complete()).isTrue();
            assertThat(completed.started()).isEqualTo(received.get(startedAt).origin());
            assertThat(completed.agentIds()).isEqualTo(DEMO_AGENTS);
            assertThat(completed.callIdsAsked()).containsAll(completed.callIds());
            assertThat(agents).extracting(AgentSnapshot::agentId).containsExactlyInAnyOrderElementsOf(DEMO_AGENTS);
            assertThat(agents).filteredOn(a -> a.agentId().equals("1001")).singleElement()
                    .extracting(AgentSnapshot::state).as("a desk-controlled agent starts logged out")
                    .isEqualTo(AgentState.LOGOUT);
            AgentState simulated = simulator.agents().stream().filter(a -> a.agentId().equals("1006"))
                    .findFirst().orElseThrow().state();
            assertThat(agents).filteredOn(a -> a.agentId().equals("1006")).singleElement()
                    .extracting(AgentSnapshot::state).isEqualTo(simulated);
        }
    }

    @Test
    void afterAnOutageTheSnapshotBringsTheApplicationBackToTheSwitchsTruth() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort(), simulator.sideBPort()).agents(DEMO_AGENTS));
            StateMirror mirror = new StateMirror();
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10).forwardingTo(mirror);
            connector.activate(endpoints);
            Set<String> agentDevices = StateMirror.agentDevices(simulator);
            for (int i = 0; i < 4; i++) {
                simulator.injectCall(1 + i % 3, "0612345" + i, "7001", CallVariables.none(), List.of());
            }
            await().atMost(WAIT).until(() -> mirror.view(agentDevices).equals(StateMirror.truthOf(simulator)));

            simulator.failSide("A");
            simulator.failSide("B");
            await().atMost(WAIT).until(() -> !connector.status().connected());
            // While the link is down: an agent logs in, a call ends, another arrives.
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            CallView ending = simulator.calls().get(0);
            ConnectionView answered = ending.connections().stream()
                    .filter(c -> c.kind() == DeviceKind.AGENT).findFirst().orElseThrow();
            simulator.onSwitch(acd -> acd.clearConnection(ending.callId(), answered.deviceId()));
            simulator.injectCall(2, "0698765", "7002", CallVariables.none(), List.of());
            assertThat(mirror.view(agentDevices)).isNotEqualTo(StateMirror.truthOf(simulator));
            int snapshotsBefore = mirror.completeSnapshots();

            simulator.restoreSide("B");

            try {
                await().atMost(WAIT).until(() -> mirror.completeSnapshots() > snapshotsBefore);
            } catch (ConditionTimeoutException e) {
                // Seen twice in CI, never here: what the link and its threads were doing goes with the failure.
                throw new AssertionError("no complete snapshot on side B; link " + connector.status()
                        + "; the connector's threads:\n" + threadDump(), e);
            }
            try {
                await().atMost(WAIT).until(() -> mirror.view(agentDevices).equals(StateMirror.truthOf(simulator)));
            } catch (ConditionTimeoutException e) {
                // Seen in CI only: which agents or calls the snapshot left unlike the switch goes with the failure.
                throw new AssertionError("after the snapshot on side B the mirror stays " + mirror.view(agentDevices)
                        + "\nwhile the switch has " + StateMirror.truthOf(simulator) + "\nevents: "
                        + endpoints.received(), e);
            }
            assertThat(connector.status().side()).isEqualTo("B");
        }
    }

    @Test
    void eventsOfOneAgentKeepTheirOrderWhileOtherAgentsAreDeliveredInParallel() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).delivery(4, 1000, 3));
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10).slow(Duration.ofMillis(3));
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());
            List<String> agents = List.of("1001", "1002", "1003", "1004", "1005");
            for (String agent : agents) {
                simulator.changeAgentState(agent, AgentState.AVAILABLE, 0);
            }

            for (int reason = 1; reason <= 30; reason++) {
                for (String agent : agents) {
                    simulator.changeAgentState(agent, AgentState.NOT_READY, reason);
                    simulator.changeAgentState(agent, AgentState.AVAILABLE, 0);
                }
            }

            await().atMost(WAIT).until(() -> agents.stream().allMatch(a -> changesOf(endpoints, a).size() >= 61));
            for (String agent : agents) {
                List<Integer> notReadyReasons = changesOf(endpoints, agent).stream()
                        .filter(e -> e.state() == AgentState.NOT_READY && e.reasonCode() > 0)
                        .map(AgentStateChanged::reasonCode).toList();
                assertThat(notReadyReasons).as("agent " + agent + "'s not-ready reasons, in order")
                        .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
                assertThat(changesOf(endpoints, agent)).extracting(CtiEvent::origin).isSorted();
            }
            assertThat(endpoints.mostRunningAtOnce()).as("deliveries running at once").isGreaterThan(1);
        }
    }

    @Test
    void aFullQueueStopsTheReadingInsteadOfDroppingOrGrowing() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            int capacity = 4;
            start(TestSettings.sides(simulator.sideAPort()).heartbeat(Duration.ofMillis(100))
                    .delivery(1, capacity, 3));
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10).slow(Duration.ofMillis(20));
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            AtomicInteger mostQueued = new AtomicInteger();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    mostQueued.accumulateAndGet(connector.queuedEvents(), Math::max);
                    Thread.onSpinWait();
                }
            });
            sampler.start();

            for (int reason = 1; reason <= 100; reason++) {
                simulator.changeAgentState("1001", AgentState.NOT_READY, reason);
            }

            await().atMost(WAIT).until(() -> changesOf(endpoints, "1001").stream()
                    .anyMatch(e -> e.reasonCode() == 100));
            sampling.set(false);
            sampler.join();
            assertThat(mostQueued.get()).as("events queued at most").isLessThanOrEqualTo(capacity);
            assertThat(changesOf(endpoints, "1001").stream()
                    .filter(e -> e.state() == AgentState.NOT_READY && e.reasonCode() > 0)
                    .map(AgentStateChanged::reasonCode).toList()).as("every event, in order")
                    .isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(connector.status().reconnects()).as("the session survived seconds of not reading")
                    .isZero();
            assertThat(connector.status().connected()).isTrue();
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsRetriedThenKeptAsADeadLetter() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).delivery(4, 1000, 3));
            RecordingEndpoints endpoints = new RecordingEndpoints("failing-mdb", 10)
                    .failing(e -> e instanceof AgentStateChanged change && change.agentId().equals("1002"));
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());

            simulator.changeAgentState("1002", AgentState.AVAILABLE, 0);
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

            await().atMost(WAIT).until(() -> !connector.deadLetters().isEmpty());
            await().atMost(WAIT).until(() -> !changesOf(endpoints, "1001").isEmpty());
            DeadLetter letter = connector.deadLetters().get(0);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.endpoint()).isEqualTo("failing-mdb");
            assertThat(letter.eventType()).isEqualTo("AgentStateChanged");
            assertThat(letter.event()).contains("agentId=1002");
            assertThat(letter.raw()).contains("AgentStateEvent").contains("1002");
            assertThat(letter.error()).contains("the MDB failed");
            assertThat(connector.status().deadLetters()).isEqualTo(connector.deadLetters().size());
            assertThat(endpoints.protocolErrors()).isEmpty();
            assertThat(endpoints.released()).isEqualTo(endpoints.created());
        }
    }

    @Test
    void aDeliveryThatFailsOnceIsDeliveredByTheRetry() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()));
            AtomicBoolean failedOnce = new AtomicBoolean();
            RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10).failing(e ->
                    e instanceof AgentStateChanged change && change.agentId().equals("1003")
                            && failedOnce.compareAndSet(false, true));
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());

            simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);

            await().atMost(WAIT).until(() -> !changesOf(endpoints, "1003").isEmpty());
            assertThat(failedOnce).isTrue();
            assertThat(connector.deadLetters()).isEmpty();
        }
    }

    @Test
    void anExhaustedEndpointPoolHoldsDeliveryUntilAnEndpointIsFree() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()));
            RecordingEndpoints endpoints = new RecordingEndpoints("busy-mdb", 1);
            endpoints.exhaustPool();
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());

            simulator.changeAgentState("1004", AgentState.AVAILABLE, 0);

            await().atMost(WAIT).until(() -> endpoints.unavailable() >= 3);
            assertThat(changesOf(endpoints, "1004")).isEmpty();
            endpoints.returnToPool(1);
            await().atMost(WAIT).until(() -> !changesOf(endpoints, "1004").isEmpty());
            assertThat(connector.deadLetters()).as("waiting for an endpoint is not a failure").isEmpty();
        }
    }

    @Test
    void stoppingWhileTheMdbsCannotKeepUpEndsWithinTheBound() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()).delivery(1, 2, 3));
            RecordingEndpoints endpoints = new RecordingEndpoints("busy-mdb", 1);
            endpoints.exhaustPool();
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());
            for (int reason = 1; reason <= 20; reason++) {
                simulator.changeAgentState("1001", AgentState.NOT_READY, reason);
            }
            await("the queue is full and the link has stopped reading").atMost(WAIT)
                    .until(() -> connector.queuedEvents() == 2);

            assertThat(connector.stop(Duration.ofSeconds(3))).as("stopped within 3 s").isTrue();
            connector = null;
        }
    }

    @Test
    void deactivationWaitsForTheDeliveryInProgress() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            start(TestSettings.sides(simulator.sideAPort()));
            RecordingEndpoints endpoints = new RecordingEndpoints("slow-mdb", 10).slow(Duration.ofMillis(300));
            connector.activate(endpoints);
            await().atMost(WAIT).until(() -> connector.status().connected());
            await().atMost(WAIT).until(() -> endpoints.attempts() > 0 || connector.queuedEvents() == 0);
            int before = endpoints.received().size();

            simulator.changeAgentState("1005", AgentState.AVAILABLE, 0);
            await().atMost(WAIT).until(() -> endpoints.attempts() > before);
            connector.deactivate(endpoints, Duration.ofSeconds(5));

            assertThat(endpoints.received().size()).as("the delivery in progress completed before deactivation")
                    .isGreaterThan(before);
            assertThat(endpoints.released()).isEqualTo(endpoints.created());
            List<CtiEvent> afterDeactivation = new ArrayList<>(endpoints.received());
            simulator.changeAgentState("1005", AgentState.NOT_READY, 9);
            Thread.sleep(500);
            assertThat(endpoints.received()).as("nothing is delivered after deactivation")
                    .isEqualTo(afterDeactivation);
        }
    }

    /** Every live thread's name, state and top frames. */
    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                dump.append("    at ").append(frames[i]).append('\n');
            }
        });
        return dump.toString();
    }
}
