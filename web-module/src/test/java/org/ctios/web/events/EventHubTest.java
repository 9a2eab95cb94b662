package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubTest {

    /**
     * A client that records what it gets. Like a servlet output stream it never blocks: while "not reading" it
     * answers {@code isReady()} false, and when it reads again it calls back that a write is possible.
     */
    static class RecordingSink implements StreamSink {
        final List<StreamEvent> received = new CopyOnWriteArrayList<>();
        volatile boolean reading;
        volatile boolean closed;
        volatile int heartbeats;
        volatile int readyChecksRefused;
        private volatile Runnable writable;
        private volatile Consumer<Throwable> failed;

        RecordingSink(boolean reading) {
            this.reading = reading;
        }

        @Override
        public void attach(Runnable writable, Consumer<Throwable> failed) {
            this.writable = writable;
            this.failed = failed;
        }

        @Override
        public boolean isReady() {
            if (!reading) {
                readyChecksRefused++;
            }
            return reading;
        }

        @Override
        public void send(StreamEvent event) throws IOException {
            if (!reading) {
                throw new AssertionError("written to while not ready");
            }
            received.add(event);
        }

        @Override
        public void heartbeat() {
            heartbeats++;
        }

        /** The client reads again: the container would call onWritePossible. */
        void startReading() {
            reading = true;
            writable.run();
        }

        void connectionFails() {
            failed.accept(new IOException("connection reset"));
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }

        List<Long> ids() {
            return received.stream().map(StreamEvent::id).toList();
        }
    }

    private static final Duration STALL = Duration.ofSeconds(30);

    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    private EventHub hub(int replay, int queue) {
        return new EventHub(new EventHub.Limits(replay, queue, 10, STALL), 1_000, writers);
    }

    private static EventRouting agent(String agentId) {
        return new EventRouting("AgentState", Set.of(agentId), Set.of(), Set.of());
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 5 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aNewStreamStartsWithASnapshotThenGetsTheEventsItsFilterMatches() throws Exception {
        EventHub hub = hub(100, 10);
        hub.publish("AgentState", "{\"before\":true}", agent("1001"));
        RecordingSink client = new RecordingSink(true);

        EventHub.Start start = hub.open(EventFilter.agent("1001"), null, filter -> "{\"snapshot\":1}", client);
        hub.publish("AgentState", "{}", agent("1002"));
        StreamEvent mine = hub.publish("AgentState", "{}", agent("1001"));

        assertThat(start).isEqualTo(EventHub.Start.SNAPSHOT);
        awaitTrue(() -> client.received.size() == 2);
        assertThat(client.received.get(0).name()).isEqualTo(StreamEvent.SNAPSHOT);
        assertThat(client.received.get(0).id()).as("the snapshot's id resumes after the events it includes")
                .isEqualTo(1_000);
        assertThat(client.received.get(1)).isEqualTo(mine);
        assertThat(hub.activeStreams()).isEqualTo(1);
    }

    @Test
    void eachEventReachesTheStreamsOfItsAgentsOnceAndEveryBroadStreamButNoOtherDesktop() throws Exception {
        EventHub hub = new EventHub(new EventHub.Limits(100, 10, 100, STALL), 1_000, writers);
        Map<String, RecordingSink> desktops = new java.util.LinkedHashMap<>();
        for (int agent = 1001; agent <= 1040; agent++) {
            RecordingSink desktop = new RecordingSink(true);
            hub.open(EventFilter.agent(String.valueOf(agent)), null, filter -> "{}", desktop);
            desktops.put(String.valueOf(agent), desktop);
        }
        RecordingSink pair = new RecordingSink(true);
        hub.open(EventFilter.parse("agent:1001,1002;type:AgentState"), null, filter -> "{}", pair);
        RecordingSink monitor = new RecordingSink(true);
        hub.open(EventFilter.everything(), null, filter -> "{}", monitor);
        RecordingSink calls = new RecordingSink(true);
        hub.open(EventFilter.parse("type:CallDelivered"), null, filter -> "{}", calls);

        StreamEvent transfer = hub.publish("AgentState", "{}", new EventRouting("AgentState", Set.of("1001", "1002"),
                Set.of(), Set.of()));
        StreamEvent delivered = hub.publish("CallDelivered", "{}", new EventRouting("CallDelivered", Set.of("1003"),
                Set.of(), Set.of()));
        StreamEvent nobodys = hub.publish("AgentState", "{}", agent("2999"));

        awaitTrue(() -> monitor.received.size() == 4 && calls.received.size() == 2 && pair.received.size() == 2);
        assertThat(monitor.received.subList(1, 4)).containsExactly(transfer, delivered, nobodys);
        assertThat(calls.received.get(1)).isEqualTo(delivered);
        assertThat(pair.received.subList(1, 2)).as("kept under both agents, offered once").containsExactly(transfer);
        // each desktop has its own writer: wait for every one the events were for, not just the last published
        awaitTrue(() -> Stream.of("1001", "1002", "1003").allMatch(agent -> desktops.get(agent).received.size() == 2));
        assertThat(desktops.get("1001").received.subList(1, 2)).containsExactly(transfer);
        assertThat(desktops.get("1002").received.subList(1, 2)).containsExactly(transfer);
        assertThat(desktops.get("1003").received.subList(1, 2)).containsExactly(delivered);
        Thread.sleep(50);
        desktops.forEach((agent, desktop) -> {
            if (!Set.of("1001", "1002", "1003").contains(agent)) {
                assertThat(desktop.received).as("agent %s's desktop: its snapshot only", agent).hasSize(1);
            }
        });

        desktops.get("1001").connectionFails();
        pair.connectionFails();
        StreamEvent after = hub.publish("AgentState", "{}", agent("1001"));
        awaitTrue(() -> monitor.received.size() == 5);
        assertThat(monitor.received.get(4)).isEqualTo(after);
        assertThat(desktops.get("1001").received).as("a closed stream is no longer offered").hasSize(2);
        assertThat(hub.activeStreams()).isEqualTo(41);
    }

    @Test
    void eventsPublishedWhileTheSnapshotIsTakenFollowIt() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink client = new RecordingSink(true);

        hub.open(EventFilter.everything(), null, filter -> {
            hub.publish("AgentState", "{}", agent("1001"));
            return "{}";
        }, client);

        awaitTrue(() -> client.received.size() == 2);
        assertThat(client.received).extracting(StreamEvent::name).containsExactly(StreamEvent.SNAPSHOT, "AgentState");
        assertThat(client.ids()).containsExactly(999L, 1_000L);
    }

    @Test
    void aClientThatComesBackGetsWhatItMissedWithoutGapsOrDuplicates() throws Exception {
        EventHub hub = hub(100, 10);
        for (int i = 0; i < 5; i++) {
            hub.publish("AgentState", "{}", agent(i % 2 == 0 ? "1001" : "1002"));
        }
        RecordingSink client = new RecordingSink(true);

        EventHub.Start start = hub.open(EventFilter.agent("1001"), 1_000L, filter -> "{}", client);
        hub.publish("AgentState", "{}", agent("1001"));

        assertThat(start).isEqualTo(EventHub.Start.RESUMED);
        awaitTrue(() -> client.received.size() == 3);
        assertThat(client.ids()).containsExactly(1_002L, 1_004L, 1_005L);
    }

    @Test
    void aClientThatComesBackAfterNoticesWentUnpublishedGetsASnapshotNotAResume() throws Exception {
        EventHub hub = hub(100, 10);
        StreamEvent last = hub.publish("AgentState", "{}", agent("1001"));
        hub.forgetReplay();
        RecordingSink client = new RecordingSink(true);

        EventHub.Start start = hub.open(EventFilter.agent("1001"), last.id(), filter -> "{}", client);

        assertThat(start).isEqualTo(EventHub.Start.SNAPSHOT);
        awaitTrue(() -> client.received.size() == 1);
        assertThat(client.received.get(0).name()).isEqualTo(StreamEvent.SNAPSHOT);
    }

    @Test
    void aClientWhoseIdIsOlderThanTheBufferGetsASnapshot() throws Exception {
        EventHub hub = hub(3, 10);
        for (int i = 0; i < 5; i++) {
            hub.publish("AgentState", "{}", agent("1001"));
        }
        RecordingSink client = new RecordingSink(true);

        assertThat(hub.open(EventFilter.everything(), 1_000L, filter -> "{}", client))
                .isEqualTo(EventHub.Start.SNAPSHOT);
        awaitTrue(() -> client.received.size() == 1);
        assertThat(client.received.get(0).name()).isEqualTo(StreamEvent.SNAPSHOT);
        assertThat(client.received.get(0).id()).isEqualTo(1_004L);
    }

    @Test
    void clientsThatStopReadingAreDroppedWhenTheirQueuesFillWhileAReadingOneGetsEverything() throws Exception {
        ExecutorService oneWriter = Executors.newSingleThreadExecutor();
        try {
            EventHub hub = new EventHub(new EventHub.Limits(100, 4, 20, STALL), 1_000, oneWriter);
            AtomicInteger dropsObserved = new AtomicInteger();
            hub.onDrop(dropsObserved::incrementAndGet);
            List<RecordingSink> stalled = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                RecordingSink sink = new RecordingSink(false);
                hub.open(EventFilter.everything(), null, filter -> "{}", sink);
                stalled.add(sink);
            }
            RecordingSink reading = new RecordingSink(true);
            hub.open(EventFilter.everything(), null, filter -> "{}", reading);

            for (int i = 0; i < 20; i++) {
                hub.publish("AgentState", "{}", agent("1001"));
                int expected = i + 2;
                awaitTrue(() -> reading.received.size() == expected);
            }

            assertThat(hub.activeStreams()).as("only the reading stream is left").isEqualTo(1);
            assertThat(hub.droppedStreams()).isEqualTo(8);
            assertThat(dropsObserved).hasValue(8);
            assertThat(stalled).allSatisfy(sink -> {
                assertThat(sink.closed).isTrue();
                assertThat(sink.received).as("nothing is written to a client that is not ready").isEmpty();
            });
            assertThat(reading.ids()).as("the reading client got the snapshot and every event, in order")
                    .containsExactlyElementsOf(LongStream.rangeClosed(999, 1_019).boxed().toList());
            assertThat(reading.closed).isFalse();
        } finally {
            oneWriter.shutdownNow();
        }
    }

    @Test
    void eventsWaitInTheQueueWhileTheClientIsNotReadyAndGoOutInOrderWhenItReadsAgain() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink client = new RecordingSink(false);
        hub.open(EventFilter.everything(), null, filter -> "{}", client);
        for (int i = 0; i < 5; i++) {
            hub.publish("AgentState", "{}", agent("1001"));
        }
        awaitTrue(() -> client.readyChecksRefused > 0);
        assertThat(client.received).isEmpty();

        client.startReading();

        awaitTrue(() -> client.received.size() == 6);
        assertThat(client.ids()).containsExactly(999L, 1_000L, 1_001L, 1_002L, 1_003L, 1_004L);
        assertThat(hub.activeStreams()).isEqualTo(1);
        assertThat(hub.droppedStreams()).isZero();
    }

    @Test
    void aClientThatTakesNoWriteForTheStallTimeoutIsDroppedEvenWithItsQueueNotFull() throws Exception {
        AtomicLong nanos = new AtomicLong();
        EventHub hub = new EventHub(new EventHub.Limits(100, 10, 10, STALL), 1_000, writers, Runnable::run, nanos::get);
        RecordingSink stalled = new RecordingSink(false);
        RecordingSink idle = new RecordingSink(true);
        hub.open(EventFilter.everything(), null, filter -> "{}", stalled);
        hub.open(EventFilter.agent("1001"), null, filter -> "{}", idle);
        awaitTrue(() -> stalled.readyChecksRefused > 0 && idle.received.size() == 1);

        nanos.addAndGet(STALL.toNanos());
        hub.closeStalled();
        assertThat(stalled.closed).as("not yet: exactly the timeout").isFalse();

        nanos.addAndGet(1);
        hub.closeStalled();
        awaitTrue(() -> stalled.closed);
        assertThat(idle.closed).as("a stream with nothing to send is not stalled").isFalse();
        assertThat(hub.activeStreams()).isEqualTo(1);
        assertThat(hub.droppedStreams()).isEqualTo(1);
    }

    @Test
    void aClientWhoseSinkBecameReadyAgainIsNotStalled() throws Exception {
        AtomicLong nanos = new AtomicLong();
        EventHub hub = new EventHub(new EventHub.Limits(100, 10, 10, STALL), 1_000, writers, Runnable::run, nanos::get);
        RecordingSink slow = new RecordingSink(false);
        hub.open(EventFilter.everything(), null, filter -> "{}", slow);
        awaitTrue(() -> slow.readyChecksRefused > 0);
        nanos.addAndGet(STALL.toNanos() / 2);

        slow.startReading();
        awaitTrue(() -> slow.received.size() == 1);
        nanos.addAndGet(STALL.toNanos());
        hub.closeStalled();

        assertThat(slow.closed).isFalse();
        assertThat(hub.droppedStreams()).isZero();
    }

    @Test
    void aClientThatFailsIsClosedAndForgottenWithoutCountingAsADrop() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink gone = new RecordingSink(false);
        hub.open(EventFilter.everything(), null, filter -> "{}", gone);

        gone.connectionFails();

        awaitTrue(() -> gone.closed);
        awaitTrue(() -> hub.activeStreams() == 0);
        assertThat(hub.droppedStreams()).isZero();
    }

    @Test
    void aClientWhoseWriteThrowsIsClosedAndForgotten() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink broken = new RecordingSink(true) {
            @Override
            public void send(StreamEvent event) throws IOException {
                throw new IOException("broken pipe");
            }
        };
        hub.open(EventFilter.everything(), null, filter -> "{}", broken);

        awaitTrue(() -> broken.closed);
        awaitTrue(() -> hub.activeStreams() == 0);
    }

    @Test
    void idleStreamsGetHeartbeats() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink client = new RecordingSink(true);
        hub.open(EventFilter.everything(), null, filter -> "{}", client);
        awaitTrue(() -> client.received.size() == 1);

        hub.heartbeat();

        awaitTrue(() -> client.heartbeats == 1);
    }

    @Test
    void lostNoticesSendEveryClientBackToASnapshot() throws Exception {
        EventHub hub = hub(100, 10);
        StreamEvent last = hub.publish("AgentState", "{}", agent("1001"));
        RecordingSink client = new RecordingSink(true);
        hub.open(EventFilter.everything(), last.id(), filter -> "{}", client);

        hub.restartAll();

        awaitTrue(() -> client.closed);
        RecordingSink back = new RecordingSink(true);
        assertThat(hub.open(EventFilter.everything(), last.id(), filter -> "{}", back))
                .isEqualTo(EventHub.Start.SNAPSHOT);
    }

    @Test
    void streamsBeyondTheLimitAreRefused() {
        EventHub hub = new EventHub(new EventHub.Limits(10, 10, 1, STALL), 1, writers);
        hub.open(EventFilter.everything(), null, filter -> "{}", new RecordingSink(true));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        hub.open(EventFilter.everything(), null, filter -> "{}", new RecordingSink(true)))
                .isInstanceOf(EventHub.TooManyStreamsException.class);
    }

    @Test
    void aStreamWhoseSignInNoLongerHoldsEndsWithTheReasonAfterWhatItHadQueuedAndTheOthersGoOn() throws Exception {
        EventHub hub = hub(100, 10);
        EventHub.SnapshotSource snapshots = (filter, fresh) -> new EventHub.Snapshot(hub.position(), "{}");
        RecordingSink disabled = new RecordingSink(false);
        RecordingSink other = new RecordingSink(true);
        hub.open(EventFilter.everything(), null, snapshots, disabled, new EventHub.Owner("1001", 2, "fp-1", java.time.Instant.MAX));
        hub.open(EventFilter.everything(), null, snapshots, other, new EventHub.Owner("1002", 2, "fp-2", java.time.Instant.MAX));
        StreamEvent queued = hub.publish("AgentState", "{}", agent("1001"));

        int ended = hub.endWhere(owner -> owner.account().equals("1001")
                ? java.util.Optional.of("the account was disabled") : java.util.Optional.empty());
        disabled.startReading();

        assertThat(ended).isEqualTo(1);
        awaitTrue(() -> disabled.closed);
        assertThat(disabled.received).hasSize(3);
        assertThat(disabled.received.get(1)).as("what it had queued first").isEqualTo(queued);
        StreamEvent last = disabled.received.get(2);
        assertThat(last.name()).isEqualTo(EventHub.SIGNED_OUT);
        assertThat(last.data()).contains("the account was disabled");
        assertThat(new String(SseFormat.event(last), java.nio.charset.StandardCharsets.UTF_8))
                .as("no id: a client resuming must not skip to it").doesNotContain("id:");
        awaitTrue(() -> hub.activeStreams() == 1);
        assertThat(hub.streamsOf("1001")).isZero();
        StreamEvent later = hub.publish("AgentState", "{}", agent("1002"));
        awaitTrue(() -> other.received.contains(later));
        assertThat(other.closed).isFalse();
    }

    @Test
    void anAccountOpensAsManyStreamsAsItMayAndOneMoreOnceOneCloses() {
        EventHub hub = hub(100, 10);
        EventHub.Owner desktop = new EventHub.Owner("1001", 2);
        EventHub.SnapshotSource snapshots = (filter, fresh) -> new EventHub.Snapshot(hub.position(), "{}");
        RecordingSink first = new RecordingSink(true);
        hub.open(EventFilter.agent("1001"), null, snapshots, first, desktop);
        hub.open(EventFilter.agent("1001"), null, snapshots, new RecordingSink(true), desktop);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.open(EventFilter.agent("1001"), null, snapshots,
                        new RecordingSink(true), desktop))
                .isInstanceOf(EventHub.TooManyStreamsForAccountException.class).hasMessageContaining("1001");
        assertThat(hub.open(EventFilter.agent("1002"), null, snapshots, new RecordingSink(true),
                new EventHub.Owner("1002", 2))).as("another account has its own limit").isEqualTo(EventHub.Start.SNAPSHOT);
        assertThat(hub.streamsOf("1001")).isEqualTo(2);

        first.connectionFails();

        assertThat(hub.streamsOf("1001")).isEqualTo(1);
        assertThat(hub.open(EventFilter.agent("1001"), null, snapshots, new RecordingSink(true), desktop))
                .isEqualTo(EventHub.Start.SNAPSHOT);
        assertThat(hub.reservedStreams()).isEqualTo(3);
    }

    @Test
    void noticesThatComeWhileAStreamIsBeingOpenedArePublishedAndFollowItsSnapshot() throws Exception {
        EventHub hub = hub(100, 10);
        List<Boolean> fresh = new ArrayList<>();
        StreamEvent[] meanwhile = new StreamEvent[1];
        EventHub.SnapshotSource snapshots = (filter, wantFresh) -> {
            fresh.add(wantFresh);
            EventHub.Position before = hub.position();
            // the dispatcher's batch meanwhile: a stream is being opened, so it is published, not let go
            assertThat(hub.letGoIfNobodyListens()).isFalse();
            meanwhile[0] = hub.publish("AgentState", "{}", agent("1001"));
            return new EventHub.Snapshot(before, "{}");
        };
        RecordingSink client = new RecordingSink(true);

        assertThat(hub.open(EventFilter.everything(), null, snapshots, client, EventHub.Owner.ANYONE))
                .isEqualTo(EventHub.Start.SNAPSHOT);

        assertThat(fresh).as("one snapshot: the events after it were all at hand").containsExactly(false);
        awaitTrue(() -> client.received.size() == 2);
        assertThat(client.received.get(1)).isEqualTo(meanwhile[0]);
    }

    @Test
    void aSnapshotTakenBeforeTheReplayWasForgottenIsTakenAgainFresh() {
        EventHub hub = hub(100, 10);
        hub.publish("AgentState", "{}", agent("1001"));
        List<Boolean> fresh = new ArrayList<>();
        EventHub.SnapshotSource snapshots = (filter, wantFresh) -> {
            fresh.add(wantFresh);
            EventHub.Position before = hub.position();
            if (fresh.size() == 1) {
                hub.forgetReplay(); // events may have been lost meanwhile: this snapshot may lack them
            }
            return new EventHub.Snapshot(before, "{\"taken\":" + fresh.size() + "}");
        };
        RecordingSink client = new RecordingSink(true);

        assertThat(hub.open(EventFilter.everything(), null, snapshots, client, EventHub.Owner.ANYONE))
                .isEqualTo(EventHub.Start.SNAPSHOT);

        assertThat(fresh).containsExactly(false, true);
        assertThat(hub.letGoIfNobodyListens()).as("a stream is open now: nothing is let go").isFalse();
    }

    @Test
    void aStreamWhoseEverySnapshotIsOutrunIsRefusedAndCountsNoLonger() {
        EventHub hub = hub(100, 10);
        EventHub.SnapshotSource outrun = (filter, wantFresh) -> {
            EventHub.Position before = hub.position();
            hub.forgetReplay();
            return new EventHub.Snapshot(before, "{}");
        };

        assertThatThrownBy(() -> hub.open(EventFilter.everything(), null, outrun, new RecordingSink(true),
                EventHub.Owner.ANYONE)).isInstanceOf(EventHub.SnapshotOutrunException.class);
        assertThat(hub.reservedStreams()).isZero();
        assertThat(hub.letGoIfNobodyListens()).as("nobody listens once the opening gave up").isTrue();
    }

    @Test
    void aTeamMessageForEveryoneReachesEveryPersonsStreamOnceAndNoMonitor() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink desk1001 = new RecordingSink(true);
        hub.open(EventFilter.agent("1001"), null, filter -> "{}", desk1001);
        RecordingSink desk1002 = new RecordingSink(true);
        hub.open(EventFilter.agent("1002"), null, filter -> "{}", desk1002);
        RecordingSink team = new RecordingSink(true);
        hub.open(EventFilter.team(1), null, filter -> "{}", team);
        RecordingSink monitor = new RecordingSink(true);
        hub.open(EventFilter.everything(), null, filter -> "{}", monitor);

        StreamEvent everyone = hub.publish("UserMessage", "{}", new EventRouting("UserMessage",
                Set.of(UserMessageEvents.EVERY), Set.of(UserMessageEvents.EVERY), Set.of()));
        StreamEvent marker = hub.publish("AgentState", "{}", agent("1001"));

        awaitTrue(() -> desk1001.received.size() == 3 && desk1002.received.size() == 2 && team.received.size() == 2
                && monitor.received.size() == 2);
        assertThat(desk1001.received.subList(1, 3)).containsExactly(everyone, marker);
        assertThat(desk1002.received.get(1)).isEqualTo(everyone);
        assertThat(team.received.get(1)).isEqualTo(everyone);
        assertThat(monitor.received.get(1)).as("the monitor: the next event, not the message").isEqualTo(marker);
    }
}
