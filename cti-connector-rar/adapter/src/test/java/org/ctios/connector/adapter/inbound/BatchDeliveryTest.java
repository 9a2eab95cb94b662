package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events that wait in a worker's queue go together to an MDB that takes batches, in order, and fail alone. */
class BatchDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ThreadWorks works = new ThreadWorks();
    private final LinkStatusHolder status = new LinkStatusHolder(Clock.systemUTC());
    private final DeadLetters deadLetters = new DeadLetters(10);
    private EventDispatcher dispatcher;
    private long sequence;

    @AfterEach
    void stop() throws Exception {
        assertThat(dispatcher.stop(Duration.ofSeconds(5))).isTrue();
    }

    /** One worker, so that every event queues behind the one being delivered. */
    private void start(int batchSize, RecordingEndpoints endpoints) {
        start(batchSize, endpoints, DeliveryOutcomes.UNWATCHED);
    }

    private void start(int batchSize, RecordingEndpoints endpoints, DeliveryOutcomes outcomes) {
        DeliverySettings settings = new DeliverySettings(1, 1_000, 2, Duration.ofSeconds(5), 10, batchSize);
        dispatcher = new EventDispatcher(works, settings,
                new EndpointDelivery(settings, deadLetters, status, Clock.systemUTC(), outcomes), () -> { });
        dispatcher.activate(endpoints);
    }

    /**
     * A container that ends a delivery's transaction with a rollback after the endpoint returned, as Payara does when
     * the flush at commit breaks a constraint, when the delivery just made holds an event {@code rollsBack} picks.
     */
    private static DeliveryOutcomes rollingBack(RecordingEndpoints endpoints, Predicate<List<CtiEvent>> rollsBack) {
        return () -> () -> {
            List<CtiEvent> received = endpoints.received();
            List<Integer> sizes = endpoints.batchSizes();
            int last = sizes.isEmpty() ? 1 : sizes.get(sizes.size() - 1);
            return rollsBack.test(received.subList(received.size() - last, received.size()));
        };
    }

    private List<CtiEvent> dispatchEstablishedCalls(int count) throws InterruptedException {
        List<CtiEvent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CtiEvent event = new CallEstablished(new EventOrigin(1, ++sequence, Instant.now()), 100 + i % 5,
                    "200" + i % 5, null, null, null);
            sent.add(event);
            dispatcher.dispatch(new Dispatch(event, "test"));
        }
        return sent;
    }

    @Test
    void eventsQueuedBehindASlowDeliveryArriveTogetherAndInOrder() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).takingBatches().slow(Duration.ofMillis(50));
        start(16, endpoints);

        List<CtiEvent> sent = dispatchEstablishedCalls(40);

        await().atMost(WAIT).until(() -> endpoints.received().size() == sent.size());
        assertThat(endpoints.received()).containsExactlyElementsOf(sent);
        assertThat(endpoints.batchSizes()).as("what queued meanwhile, 16 at most")
                .allMatch(size -> size <= 16).anyMatch(size -> size > 1);
        assertThat(endpoints.batchSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sent.size());
        assertThat(status.snapshot().eventsDelivered()).isEqualTo(sent.size());
        assertThat(endpoints.protocolErrors()).isEmpty();
    }

    @Test
    void aBatchSizeOfOneDeliversEveryEventOnItsOwn() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).takingBatches().slow(Duration.ofMillis(5));
        start(1, endpoints);

        List<CtiEvent> sent = dispatchEstablishedCalls(20);

        await().atMost(WAIT).until(() -> endpoints.received().size() == sent.size());
        assertThat(endpoints.batchSizes()).hasSize(sent.size()).containsOnly(1);
    }

    @Test
    void anEventThatFailsABatchIsRetriedAloneAndTheOthersAreDelivered() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).takingBatches().slow(Duration.ofMillis(20));
        start(16, endpoints);
        endpoints.failing(event -> event.origin().sequence() == 10);

        List<CtiEvent> sent = dispatchEstablishedCalls(30);

        await().atMost(WAIT).until(() -> deadLetters.all().size() == 1
                && endpoints.received().size() == sent.size() - 1);
        List<CtiEvent> expected = new ArrayList<>(sent);
        CtiEvent poison = expected.remove(9);
        assertThat(endpoints.received()).as("each once, in order").containsExactlyElementsOf(expected);
        assertThat(deadLetters.all()).singleElement()
                .satisfies(letter -> assertThat(letter.origin()).isEqualTo(poison.origin()));
        assertThat(status.snapshot().eventsDelivered()).isEqualTo(sent.size() - 1);
    }

    @Test
    void aBatchWhoseTransactionRollsBackAsItEndsIsDeliveredAgainAndCountedOnce() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).takingBatches().slow(Duration.ofMillis(20));
        AtomicBoolean rolledBackOnce = new AtomicBoolean();
        start(16, endpoints, rollingBack(endpoints, batch -> batch.size() > 1 && rolledBackOnce.compareAndSet(false,
                true)));

        List<CtiEvent> sent = dispatchEstablishedCalls(30);

        await().atMost(WAIT).until(() -> status.snapshot().eventsDelivered() == sent.size());
        assertThat(rolledBackOnce).as("a batch rolled back").isTrue();
        assertThat(deadLetters.all()).isEmpty();
        assertThat(new LinkedHashSet<>(endpoints.received())).as("every event applied, in order")
                .containsExactlyElementsOf(sent);
        assertThat(endpoints.received()).as("the rolled-back batch's events a second time")
                .hasSizeGreaterThan(sent.size());
    }

    @Test
    void anEventWhoseEveryTransactionRollsBackBecomesADeadLetter() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).takingBatches().slow(Duration.ofMillis(20));
        start(16, endpoints, rollingBack(endpoints, batch -> batch.stream()
                .anyMatch(event -> event.origin().sequence() == 10)));

        List<CtiEvent> sent = dispatchEstablishedCalls(30);

        await().atMost(WAIT).until(() -> deadLetters.all().size() == 1
                && status.snapshot().eventsDelivered() == sent.size() - 1);
        assertThat(deadLetters.all()).singleElement().satisfies(letter -> {
            assertThat(letter.origin()).isEqualTo(sent.get(9).origin());
            assertThat(letter.error()).contains("rolled back");
        });
    }

    @Test
    void anMdbTakingOneEventAtATimeGetsThemOneByOne() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 4).slow(Duration.ofMillis(10));
        start(16, endpoints);

        List<CtiEvent> sent = dispatchEstablishedCalls(20);

        await().atMost(WAIT).until(() -> endpoints.received().size() == sent.size());
        assertThat(endpoints.received()).containsExactlyElementsOf(sent);
        assertThat(endpoints.batchSizes()).containsOnly(1);
        assertThat(endpoints.protocolErrors()).isEmpty();
    }
}
