package org.ctios.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.ThreadBootstrapContext;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping the adapter, deactivating an endpoint and releasing the Works, as a container does, while the simulator
 * keeps sending events and two MDBs are taking them: each ends within its bound and leaves no Work running.
 */
class AdapterLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A Work whose end was asked for returns within a tick of its waits; a second allows for a loaded machine. */
    private static final Duration TICK_MARGIN = Duration.ofSeconds(1);
    private static final int WORKERS_PER_ENDPOINT = 2;

    private final ThreadBootstrapContext bootstrap = new ThreadBootstrapContext();
    private final CtiResourceAdapter adapter = new CtiResourceAdapter();
    private final CtiActivationSpec spec = new CtiActivationSpec();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private PbxSimulator simulator;
    private Thread load;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.startQuietDemo(0);
        adapter.setSideAPort(String.valueOf(simulator.sideAPort()));
        adapter.setSideBHost("");
        adapter.setDeliveryWorkers(String.valueOf(WORKERS_PER_ENDPOINT));
        adapter.setDeliveryQueueCapacity("50");
        adapter.start(bootstrap);
        spec.setResourceAdapter(adapter);
        await().atMost(WAIT).until(() -> adapter.connector().status().connected());
    }

    @AfterEach
    void stop() throws Exception {
        loading.set(false);
        adapter.stop();
        if (load != null) {
            load.join(WAIT.toMillis());
        }
        simulator.close();
        await("the adapter's works ended").atMost(Duration.ofSeconds(2)).until(() -> bootstrap.runningWorks() == 0);
    }

    /** Agents changing state, thousands of times a second, until the test ends. */
    private void startLoad() {
        load = new Thread(() -> {
            List<String> agents = List.of("1001", "1002", "1003", "1004", "1005", "1006");
            int reason = 0;
            try {
                while (loading.get()) {
                    reason = reason % 50 + 1;
                    for (String agent : agents) {
                        simulator.changeAgentState(agent, AgentState.NOT_READY, reason);
                    }
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "load");
        load.start();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    @Test
    void stoppingUnderLoadEndsWithinTheBoundAndLeavesNoWorkRunning() throws Exception {
        RecordingEndpoints slow = new RecordingEndpoints("slow-mdb", 4).slow(Duration.ofMillis(20));
        RecordingEndpoints fast = new RecordingEndpoints("fast-mdb", 4).takingBatches();
        adapter.endpointActivation(slow, spec);
        adapter.endpointActivation(fast, spec);
        startLoad();
        await().atMost(WAIT).until(() -> slow.received().size() > 20 && fast.received().size() > 100);

        long began = System.nanoTime();
        adapter.stop();

        assertThat(since(began)).isLessThan(CtiResourceAdapter.STOP_TIMEOUT);
        await("no Work left running").atMost(TICK_MARGIN).until(() -> bootstrap.runningWorks() == 0);
        for (RecordingEndpoints endpoints : List.of(slow, fast)) {
            assertThat(endpoints.released()).as("every endpoint taken went back").isEqualTo(endpoints.created());
            assertThat(endpoints.protocolErrors()).isEmpty();
        }
    }

    @Test
    void deactivatingAnEndpointUnderLoadStopsItsWorkersAndNotTheOthers() throws Exception {
        RecordingEndpoints leaving = new RecordingEndpoints("leaving-mdb", 4).slow(Duration.ofMillis(20));
        RecordingEndpoints staying = new RecordingEndpoints("staying-mdb", 4).takingBatches();
        adapter.endpointActivation(leaving, spec);
        adapter.endpointActivation(staying, spec);
        startLoad();
        await().atMost(WAIT).until(() -> leaving.received().size() > 20);
        long worksBefore = bootstrap.runningWorks();

        long began = System.nanoTime();
        adapter.endpointDeactivation(leaving, spec);

        assertThat(since(began)).isLessThan(CtiResourceAdapter.STOP_TIMEOUT);
        await("its workers ended").atMost(TICK_MARGIN)
                .until(() -> bootstrap.runningWorks() == worksBefore - WORKERS_PER_ENDPOINT);
        assertThat(leaving.released()).isEqualTo(leaving.created());
        assertThat(leaving.protocolErrors()).isEmpty();
        int leftWith = leaving.received().size();
        int stayingHad = staying.received().size();
        await("the other endpoint goes on").atMost(WAIT).until(() -> staying.received().size() > stayingHad + 100);
        assertThat(leaving.received()).as("nothing after its deactivation").hasSize(leftWith);
    }

    @Test
    void releasingTheWorksEndsThemWithinTheGraceEvenWithAnMdbStuck() throws Exception {
        CountDownLatch neverFreed = new CountDownLatch(1);
        RecordingEndpoints stuck = new RecordingEndpoints("stuck-mdb", 4).holdingUntil(neverFreed);
        RecordingEndpoints fast = new RecordingEndpoints("fast-mdb", 4).takingBatches();
        adapter.endpointActivation(stuck, spec);
        adapter.endpointActivation(fast, spec);
        startLoad();
        await().atMost(WAIT).until(() -> stuck.attempts() > 0 && fast.received().size() > 20);
        assertThat(bootstrap.runningWorks()).as("the link and both endpoints' workers")
                .isEqualTo(1 + 2 * WORKERS_PER_ENDPOINT);

        long began = System.nanoTime();
        bootstrap.releaseAll();

        assertThat(since(began)).as("release() returns within its grace")
                .isLessThan(WorkManagerScheduler.RELEASE_GRACE.plus(TICK_MARGIN));
        await("no Work left running").atMost(TICK_MARGIN).until(() -> bootstrap.runningWorks() == 0);
        assertThat(stuck.released()).isEqualTo(stuck.created());
        assertThat(fast.released()).isEqualTo(fast.created());
    }
}
