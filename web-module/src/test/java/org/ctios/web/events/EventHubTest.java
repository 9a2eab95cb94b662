package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubTest {

    /** A client that records what it gets; a blocked one does not return from a send until released. */
    static class RecordingSink implements StreamSink {
        final List<StreamEvent> received = new CopyOnWriteArrayList<>();
        final CountDownLatch release;
        volatile boolean closed;
        volatile int heartbeats;

        RecordingSink(boolean blocked) {
            release = new CountDownLatch(blocked ? 1 : 0);
        }

        @Override
        public void send(StreamEvent event) throws IOException {
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("test client never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            received.add(event);
        }

        @Override
        public void heartbeat() {
            heartbeats++;
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

    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    private EventHub hub(int replay, int queue) {
        return new EventHub(new EventHub.Limits(replay, queue, 10), 1_000, writers);
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
        RecordingSink client = new RecordingSink(false);

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
    void eventsPublishedWhileTheSnapshotIsTakenFollowIt() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink client = new RecordingSink(false);

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
        RecordingSink client = new RecordingSink(false);

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
        RecordingSink client = new RecordingSink(false);

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
        RecordingSink client = new RecordingSink(false);

        assertThat(hub.open(EventFilter.everything(), 1_000L, filter -> "{}", client))
                .isEqualTo(EventHub.Start.SNAPSHOT);
        awaitTrue(() -> client.received.size() == 1);
        assertThat(client.received.get(0).name()).isEqualTo(StreamEvent.SNAPSHOT);
        assertThat(client.received.get(0).id()).isEqualTo(1_004L);
    }

    @Test
    void aSlowClientIsDroppedWhileAFastOneGetsEverything() throws Exception {
        EventHub hub = hub(100, 4);
        RecordingSink slow = new RecordingSink(true);
        RecordingSink fast = new RecordingSink(false);
        hub.open(EventFilter.everything(), null, filter -> "{}", slow);
        hub.open(EventFilter.everything(), null, filter -> "{}", fast);

        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            hub.publish("AgentState", "{}", agent("1001"));
            assertThat(System.nanoTime() - started).as("publishing never waits for the blocked client")
                    .isLessThan(TimeUnit.SECONDS.toNanos(1));
            int expected = i + 2;
            awaitTrue(() -> fast.received.size() == expected);
        }

        assertThat(hub.activeStreams()).as("the slow stream is gone").isEqualTo(1);
        slow.release.countDown();
        awaitTrue(() -> slow.closed);
        assertThat(slow.received.size()).as("the slow client got at most its first events").isLessThan(6);
        assertThat(fast.closed).isFalse();
    }

    @Test
    void aClientThatFailsIsClosedAndForgotten() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink gone = new RecordingSink(false) {
            @Override
            public void send(StreamEvent event) throws IOException {
                throw new IOException("broken pipe");
            }
        };
        hub.open(EventFilter.everything(), null, filter -> "{}", gone);

        awaitTrue(() -> gone.closed);
        awaitTrue(() -> hub.activeStreams() == 0);
    }

    @Test
    void idleStreamsGetHeartbeats() throws Exception {
        EventHub hub = hub(100, 10);
        RecordingSink client = new RecordingSink(false);
        hub.open(EventFilter.everything(), null, filter -> "{}", client);
        awaitTrue(() -> client.received.size() == 1);

        hub.heartbeat();

        awaitTrue(() -> client.heartbeats == 1);
    }

    @Test
    void lostNoticesSendEveryClientBackToASnapshot() throws Exception {
        EventHub hub = hub(100, 10);
        StreamEvent last = hub.publish("AgentState", "{}", agent("1001"));
        RecordingSink client = new RecordingSink(false);
        hub.open(EventFilter.everything(), last.id(), filter -> "{}", client);

        hub.restartAll();

        awaitTrue(() -> client.closed);
        RecordingSink back = new RecordingSink(false);
        assertThat(hub.open(EventFilter.everything(), last.id(), filter -> "{}", back))
                .isEqualTo(EventHub.Start.SNAPSHOT);
    }

    @Test
    void streamsBeyondTheLimitAreRefused() {
        EventHub hub = new EventHub(new EventHub.Limits(10, 10, 1), 1, writers);
        hub.open(EventFilter.everything(), null, filter -> "{}", new RecordingSink(false));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        hub.open(EventFilter.everything(), null, filter -> "{}", new RecordingSink(false)))
                .isInstanceOf(EventHub.TooManyStreamsException.class);
    }
}
