package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallNotice;
import org.junit.jupiter.api.Test;

/** The one wait for "the change is stored" that agent, supervisor and call requests share. */
class StoredChangeWaitsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final StoredChangeWaits waits = new StoredChangeWaits();

    private static AgentStateNotice notice(String agentId, AgentState state) {
        return new AgentStateNotice(agentId, state, 0, Instant.EPOCH, false, null);
    }

    // ------------------------------------------------------------------ agents

    @Test
    void anAgentNoticeOfTheExpectedStateEndsTheWaitEvenWhenItCameBeforeTheWaitBegan() {
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchAgent("1001");
            waits.onAgentState(notice("1001", AgentState.AVAILABLE));
            waits.onAgentState(notice("1001", AgentState.TALKING));

            assertThat(wait.until(Duration.ofSeconds(5), () -> wait.announced("1001", s -> s == AgentState.AVAILABLE)))
                    .as("the agent moved on, but a committed notice showed the state").isTrue();
        }
        assertThat(waits.watched()).isZero();
    }

    @Test
    void aStateTheSwitchHoldsPendingUntilTheCallEndsEndsTheWait() {
        AgentView talking = new AgentView("1001", "2001", null, null, null, 1, false, AgentState.TALKING, 0,
                Instant.EPOCH, Instant.EPOCH, List.of(), List.of(7L), Set.of(), AgentState.NOT_READY, 2);
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchAgent("1001");
            waits.onAgentState(new AgentStateNotice("1001", AgentState.TALKING, 0, Instant.EPOCH, false, talking));

            assertThat(wait.until(Duration.ofSeconds(5), () -> wait.announced("1001", s -> s == AgentState.NOT_READY)))
                    .as("the switch accepted it: pending").isTrue();
        }
    }

    @Test
    void anotherStateOrAnotherAgentDoesNotEndTheWaitAndTheWaitIsBounded() {
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchAgent("1001");
            waits.onAgentState(notice("1001", AgentState.NOT_READY));
            waits.onAgentState(notice("1002", AgentState.AVAILABLE));

            assertThat(wait.until(Duration.ofMillis(50), () -> wait.announced("1001", s -> s == AgentState.AVAILABLE)))
                    .isFalse();
            assertThat(wait.announced("1002", s -> true)).as("not watched, not recorded").isFalse();
        }
    }

    @Test
    void anAgentNoticeArrivingDuringTheWaitWakesIt() throws Exception {
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchAgent("1001");
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() ->
                    wait.until(LONG, () -> wait.announced("1001", s -> s == AgentState.AVAILABLE)));

            waits.onAgentState(notice("1001", AgentState.AVAILABLE));

            assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    // ------------------------------------------------------------------ calls

    @Test
    void aStoredChangeOfAWatchedCallWakesTheWaitWhichReadsAgain() throws Exception {
        AtomicBoolean stored = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchCall(7);
            CompletableFuture<Optional<String>> waiting = CompletableFuture.supplyAsync(() -> wait.until(LONG, () -> {
                reads.incrementAndGet();
                return stored.get() ? Optional.of("held") : Optional.empty();
            }));
            long bound = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reads.get() == 0 && System.nanoTime() < bound) {
                Thread.onSpinWait();
            }
            assertThat(reads.get()).as("the wait read once and waits").isEqualTo(1);

            stored.set(true);
            waits.onCallNotice(new CallHeldNotice(8, "2001"));
            waits.onCallNotice(new CallChangedNotice(9, "CallTransferred", List.of()));
            assertThat(reads.get()).as("changes of other calls wake nobody").isEqualTo(1);

            waits.onCallNotice(new CallHeldNotice(7, "2001"));
            assertThat(waiting.get(10, TimeUnit.SECONDS)).contains("held");
        }
    }

    @Test
    void aChangeWithoutANoticeOfItsOwnAndTheCallsEndWakeItToo() throws Exception {
        for (CallNotice notice : List.of(new CallChangedNotice(7, "CallConferenced", List.of()),
                new CallEndedNotice(7, "key-7", null, List.of()))) {
            AtomicBoolean stored = new AtomicBoolean();
            try (StoredChangeWaits.Wait wait = waits.open()) {
                wait.watchCall(7);
                CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> wait.until(LONG, stored::get));
                stored.set(true);
                waits.onCallNotice(notice);
                assertThat(waiting.get(10, TimeUnit.SECONDS)).as("%s", notice).isTrue();
            }
        }
    }

    @Test
    void whatIsAlreadyStoredEndsTheWaitAtOnceAndNothingStoredEndsItAtItsBound() {
        try (StoredChangeWaits.Wait wait = waits.open()) {
            wait.watchCall(7);

            assertThat(wait.until(LONG, () -> Optional.of(7L))).contains(7L);
            assertThat(wait.until(Duration.ofMillis(50), () -> Optional.empty())).isEmpty();
        }
    }

    @Test
    void aClosedWaitIsForgotten() {
        StoredChangeWaits.Wait wait = waits.open();
        wait.watchCall(7);
        wait.watchAgent("1001");
        assertThat(waits.watched()).isEqualTo(2);

        wait.close();
        waits.onCallNotice(new CallHeldNotice(7, "2001"));
        waits.onAgentState(notice("1001", AgentState.AVAILABLE));

        assertThat(waits.watched()).isZero();
        assertThat(wait.announced("1001", s -> true)).as("no notice reaches a closed wait").isFalse();
    }

    // ------------------------------------------------------------------ the limit

    @Test
    void agentsAndCallsWatchedAtOnceAreLimitedAndAWaitRefusedAWatchDoesNotWait() {
        List<StoredChangeWaits.Wait> held = new ArrayList<>();
        for (int i = 0; i < StoredChangeWaits.MAX_WATCHED; i++) {
            StoredChangeWaits.Wait wait = waits.open();
            assertThat(i % 2 == 0 ? wait.watchCall(i) : wait.watchAgent("agent" + i)).isTrue();
            held.add(wait);
        }
        try (StoredChangeWaits.Wait overflow = waits.open()) {
            assertThat(overflow.watchAgent("1001")).isFalse();
            assertThat(overflow.watchCall(5_000)).isFalse();

            boolean found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> overflow.until(Duration.ofHours(1), () -> false));
            assertThat(found).as("checked once, answered with what is known").isFalse();
        }
        assertThat(waits.watched()).isEqualTo(StoredChangeWaits.MAX_WATCHED);

        held.get(0).close();
        try (StoredChangeWaits.Wait next = waits.open()) {
            assertThat(next.watchCall(5_000)).as("room again").isTrue();
        }
        held.forEach(StoredChangeWaits.Wait::close);
        assertThat(waits.watched()).isZero();
    }

    @Test
    void watchingTheSameCallTwiceCountsOnce() {
        try (StoredChangeWaits.Wait wait = waits.open()) {
            assertThat(wait.watchCall(7)).isTrue();
            assertThat(wait.watchCall(7)).isTrue();
            assertThat(waits.watched()).isEqualTo(1);
        }
        assertThat(waits.watched()).isZero();
    }
}
