package org.ctios.server.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.events.CallDataNotice;
import org.junit.jupiter.api.Test;

class LiveModelTest {

    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);
    private static final int AGENTS = 200;

    private static LiveAgent agent(int number, int reasonCode, long sequence) {
        String id = String.valueOf(1000 + number);
        return new LiveAgent(id, String.valueOf(2000 + number), null, null, null, 1 + number % 4, false,
                AgentState.NOT_READY, reasonCode, START, START, Map.of(1L, AgentState.NOT_READY), 1, sequence, null, 0);
    }

    private static LiveCall call(long callId, String device, ConnectionState state, long sequence) {
        return new LiveCall(callId, "key-" + callId, 0, "0612345678", "7001", null, null, Map.of(), Map.of(), null,
                1L, null, null, null, Map.of(device, new LiveCall.Party(state, false)), START, null, START, null,
                null, false, false, false, null, 1, sequence);
    }

    private static LiveSource source(List<LiveAgent> agents, List<LiveCall> calls) {
        return (ZonedDateTime startOfDay) -> new LiveSource.Contents(LiveOrganisation.of(
                List.of(new LiveOrganisation.SkillGroupInfo(1, 5001L, "Sales")), List.of()), agents, calls, Map.of());
    }

    /** A batch that sets every agent's reason code to {@code batch} and rings call {@code batch} at one of them. */
    private static LiveChange batch(int batch) {
        List<LiveAgent> agents = new ArrayList<>();
        for (int number = 0; number < AGENTS; number++) {
            agents.add(agent(number, batch, batch));
        }
        LiveCall ringing = call(batch, String.valueOf(2000 + batch % AGENTS), ConnectionState.ALERTING, batch);
        return LiveChange.of(agents, List.of(ringing), List.of(), List.of(new CallDataNotice(batch)), false);
    }

    @Test
    void readersNeverSeePartOfABatchAndWritersNeverWaitForThem() throws Exception {
        List<LiveAgent> initial = new ArrayList<>();
        for (int number = 0; number < AGENTS; number++) {
            initial.add(agent(number, 0, 0));
        }
        LiveModel model = new LiveModel(source(initial, List.of()), CLOCK, Runnable::run);
        LiveState first = model.current();
        int batches = 300;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> inconsistency = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Thread reader = new Thread(() -> {
                while (writing.get() && inconsistency.get() == null) {
                    LiveState state = model.current();
                    long batch = state.version() - first.version();
                    List<AgentView> agents = state.agents();
                    for (AgentView agent : agents) {
                        if (agent.reasonCode() != batch) {
                            inconsistency.set("version " + state.version() + " shows agent " + agent.id()
                                    + " with reason " + agent.reasonCode() + ", not batch " + batch + "'s");
                        }
                    }
                    if (state.calls().size() != batch) {
                        inconsistency.set("version " + state.version() + " shows " + state.calls().size()
                                + " calls after " + batch + " batches");
                    }
                    reads.incrementAndGet();
                }
            });
            reader.start();
            readers.add(reader);
        }
        // one reader holds the first version all along: the writer must not wait for it
        CountDownLatch writerDone = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        AtomicReference<List<AgentView>> heldAfterwards = new AtomicReference<>();
        Thread holder = new Thread(() -> {
            LiveState held = model.current();
            holding.countDown();
            try {
                writerDone.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            heldAfterwards.set(held.version() == first.version() ? held.agents() : null);
        });
        holder.start();
        // the holder must hold the first version: on a busy machine it may otherwise start after some batches
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        List<Long> heard = new CopyOnWriteArrayList<>();
        model.subscribe((version, change, replaced) -> {
            if (model.current().version() < version) {
                inconsistency.set("listener heard version " + version + " before it was visible");
            }
            heard.add(version);
        });

        for (int batch = 1; batch <= batches; batch++) {
            model.commit(batch(batch));
        }
        writerDone.countDown();
        writing.set(false);
        for (Thread reader : readers) {
            reader.join(60_000);
        }
        holder.join(60_000);

        assertThat(inconsistency.get()).isNull();
        assertThat(reads.get()).as("the readers read while the batches were committed").isPositive();
        assertThat(heldAfterwards.get()).as("a version held while " + batches + " others came is unchanged")
                .isNotNull().allSatisfy(agent -> assertThat(agent.reasonCode()).isZero());
        assertThat(heard).as("every version heard once, in order").hasSize(batches)
                .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(model.current().agents()).allSatisfy(agent -> assertThat(agent.reasonCode()).isEqualTo(batches));
    }

    @Test
    void aChangeCommittedBeforeTheModelIsFirstReadIsFoundInTheRead() {
        List<LiveAgent> database = new ArrayList<>(List.of(agent(1, 0, 0)));
        LiveModel model = new LiveModel(source(database, List.of()), CLOCK, Runnable::run);

        database.set(0, agent(1, 7, 1)); // committed to the database first, then handed to the model
        model.commit(LiveChange.of(List.of(agent(1, 7, 1)), List.of(), List.of(), List.of(), false));

        assertThat(model.current().agent("1001")).get().extracting(AgentView::reasonCode).isEqualTo(7);
    }

    @Test
    void aResynchronisationReadsTheModelAgainAndSaysWhenItHadDrifted() {
        List<LiveAgent> database = new ArrayList<>(List.of(agent(1, 0, 0), agent(2, 0, 0)));
        List<LiveCall> calls = new ArrayList<>();
        LiveModel model = new LiveModel(source(database, calls), CLOCK, Runnable::run);
        model.current();
        List<Boolean> replaced = new ArrayList<>();
        model.subscribe((version, change, drifted) -> replaced.add(drifted));

        // the database gains a call that no change reported (a change lost on its way)
        calls.add(call(44, "2001", ConnectionState.CONNECT, 5));
        model.commit(LiveChange.of(List.of(), List.of(), List.of(), List.of(), true));

        assertThat(model.current().calls()).extracting(CallView::id).containsExactly(44L);
        assertThat(model.current().agent("1001").orElseThrow().callIds()).containsExactly(44L);
        assertThat(replaced).as("the resynchronisation's change, then the rebuild that found the drift")
                .containsExactly(false, true);

        model.commit(LiveChange.of(List.of(), List.of(), List.of(), List.of(), true));

        assertThat(replaced).as("read again with nothing changed: no drift").containsExactly(false, true, false, false);
    }

    @Test
    void aRebuildReadsWithNoCommitHalfDoneSoNothingIsCountedTwiceOrCalledDrift() throws Exception {
        List<LiveCall> calls = new ArrayList<>(List.of(call(44, "2001", ConnectionState.CONNECT, 5)));
        Map<Long, DayTally> handled = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicReference<CountDownLatch> readStarted = new AtomicReference<>(new CountDownLatch(1));
        LiveSource database = startOfDay -> {
            readStarted.get().countDown();
            return new LiveSource.Contents(LiveOrganisation.of(
                    List.of(new LiveOrganisation.SkillGroupInfo(1, 5001L, "Sales")), List.of()),
                    List.of(agent(1, 0, 0)), List.copyOf(calls), Map.copyOf(handled));
        };
        LiveModel model = new LiveModel(database, CLOCK, Runnable::run);
        model.current();
        readStarted.set(new CountDownLatch(1));
        List<Boolean> drift = new CopyOnWriteArrayList<>();
        model.subscribe((version, change, replaced) -> drift.add(replaced));

        // a transaction that ends call 44 is committing: written to the database, not yet handed to the model
        model.committing();
        calls.clear();
        handled.put(1L, new DayTally(START.atZone(ZoneOffset.UTC).toLocalDate(), 1, 60_000, 0));
        Thread rebuild = new Thread(model::rebuild);
        rebuild.start();
        // a rebuild that read now would see the end before the model does; it must wait for the commit instead
        assertThat(readStarted.get().await(500, TimeUnit.MILLISECONDS)).as("the read waits for the commit in flight")
                .isFalse();
        model.commit(LiveChange.of(List.of(), List.of(), List.of(new EndedCall(44, "key-44", 1L, START,
                START.plusSeconds(60))), List.of(), false));
        model.committed();
        rebuild.join(10_000);

        assertThat(model.current().calls()).isEmpty();
        assertThat(model.current().skillGroup(1, START, ZoneOffset.UTC).orElseThrow().callsHandledToday())
                .as("counted once").isEqualTo(1);
        assertThat(drift).as("the change, then a rebuild that found no drift").containsExactly(false, false);
    }
}
