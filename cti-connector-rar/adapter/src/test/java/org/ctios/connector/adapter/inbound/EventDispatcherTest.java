package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The keyed workers' ordering rules, with events made up so that only the dispatcher decides the order, and the
 * endpoints' lanes apart from each other.
 */
class EventDispatcherTest {

    private final ThreadWorks works = new ThreadWorks();
    private final RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 16);
    private final LinkStatusHolder status = new LinkStatusHolder(Clock.systemUTC());
    private final EndpointDelivery delivery = new EndpointDelivery(delivery(8, 100), new DeadLetters(10), status,
            Clock.systemUTC());
    private final EventDispatcher dispatcher = new EventDispatcher(works, delivery(8, 100), delivery, () -> { });
    private long sequence;

    @AfterEach
    void stop() throws Exception {
        assertThat(dispatcher.stop(Duration.ofSeconds(5))).isTrue();
    }

    /** Three attempts, five seconds' wait for a free endpoint, one event at a time. */
    private static DeliverySettings delivery(int workers, int queueCapacity) {
        return new DeliverySettings(workers, queueCapacity, 3, Duration.ofSeconds(5), 10, 1);
    }

    private EventOrigin next() {
        return new EventOrigin(1, ++sequence, Instant.now());
    }

    private void dispatch(CtiEvent event) throws InterruptedException {
        dispatcher.dispatch(new Dispatch(event, "test"));
    }

    @Test
    void anEventJoiningTwoCallsWaitsForTheEarlierEventsOfBoth() throws Exception {
        dispatcher.activate(endpoints.slow(Duration.ofMillis(30)));
        for (long call = 1; call <= 8; call++) {
            dispatch(new CallEstablished(next(), call, "200" + call, null, null, null));
        }
        CallTransferred transfer = new CallTransferred(next(), 3, 7, "2003", "2007", List.of("2007"));
        dispatch(transfer);

        await().atMost(Duration.ofSeconds(5)).until(() -> endpoints.received().contains(transfer));
        List<CtiEvent> received = endpoints.received();
        int transferAt = received.indexOf(transfer);
        assertThat(received.subList(0, transferAt)).extracting(e -> ((CallEstablished) e).callId())
                .contains(3L, 7L);
        assertThat(endpoints.mostRunningAtOnce()).as("unrelated calls ran in parallel").isGreaterThan(1);
    }

    @Test
    void eventsReadBeforeAnyEndpointIsActiveGoToTheFirstOneInOrderAndThenTheLinkWaits() throws Exception {
        EventDispatcher small = new EventDispatcher(works, delivery(2, 5), delivery, () -> { });
        List<CtiEvent> before = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            // one call's events: one worker, so their order is the order they were read in
            CallEstablished event = new CallEstablished(next(), 7, "2001", null, null, null);
            before.add(event);
            small.dispatch(new Dispatch(event, "test"));
        }
        assertThat(small.queued()).isEqualTo(5);
        CallEstablished sixth = new CallEstablished(next(), 7, "2001", null, null, null);
        Thread link = new Thread(() -> {
            try {
                small.dispatch(new Dispatch(sixth, "test"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        link.start();
        Thread.sleep(300);
        assertThat(link.isAlive()).as("the link waits while a lane's worth of events waits for an endpoint")
                .isTrue();

        small.activate(endpoints.slow(Duration.ZERO));
        link.join(5_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoints.received().size() == 6);
        assertThat(endpoints.received().subList(0, 5)).containsExactlyElementsOf(before);
        assertThat(endpoints.received().get(5)).isEqualTo(sixth);
        assertThat(small.stop(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aLinkWideEventComesAfterEverythingBeforeItAndBeforeEverythingAfter() throws Exception {
        dispatcher.activate(endpoints.slow(Duration.ofMillis(10)));
        for (long call = 1; call <= 20; call++) {
            dispatch(new CallEstablished(next(), call, "2001", null, null, null));
        }
        LinkStatusChanged down = new LinkStatusChanged(next(), false, "A");
        dispatch(down);
        for (long call = 21; call <= 40; call++) {
            dispatch(new CallEstablished(next(), call, "2001", null, null, null));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> endpoints.received().size() == 41);
        int downAt = endpoints.received().indexOf(down);
        assertThat(downAt).isEqualTo(20);
        assertThat(endpoints.received().subList(0, downAt)).extracting(CtiEvent::origin)
                .allMatch(origin -> down.origin().isAfter(origin));
    }

    @Test
    void stoppingWithEventsStillQueuedEndsTheWorkersWithinTheBound() throws Exception {
        dispatcher.activate(endpoints.slow(Duration.ofMillis(200)));
        for (long call = 1; call <= 50; call++) {
            dispatch(new CallEstablished(next(), call, "2001", null, null, null));
        }

        assertThat(dispatcher.stop(Duration.ofSeconds(2))).isTrue();
        await().atMost(Duration.ofSeconds(1)).until(() -> works.alive() == 0);
        assertThat(endpoints.released()).isEqualTo(endpoints.created());
    }

    @Test
    void aSlowEndpointDoesNotHoldBackAnother() throws Exception {
        CountDownLatch stuckMdbFreed = new CountDownLatch(1);
        RecordingEndpoints stuck = new RecordingEndpoints("stuck-mdb", 16).holdingUntil(stuckMdbFreed);
        RecordingEndpoints other = new RecordingEndpoints("other-mdb", 16);
        dispatcher.activate(stuck);
        dispatcher.activate(other);
        List<CtiEvent> sent = new ArrayList<>();
        for (long call = 1; call <= 50; call++) {
            CtiEvent event = new CallEstablished(next(), call, "2001", null, null, null);
            sent.add(event);
            dispatch(event);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> other.received().size() == sent.size());
        assertThat(other.received()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(stuck.received()).as("the stuck endpoint is still on its first events").isEmpty();

        stuckMdbFreed.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> stuck.received().size() == sent.size());
        assertThat(stuck.received()).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void aSecondEndpointOnItsOwnLaneReceivesOnlyWhatItsFilterAccepts() throws Exception {
        RecordingEndpoints everything = new RecordingEndpoints("object-server", 16);
        RecordingEndpoints pops = new RecordingEndpoints("crm-bridge", 16);
        assertThat(dispatcher.activate(everything)).as("the first endpoint").isTrue();
        assertThat(dispatcher.activate(pops, EventFilter.of("CallDelivered", "", "2"))).isFalse();
        List<CtiEvent> sent = new ArrayList<>();
        List<CtiEvent> popsWanted = new ArrayList<>();
        for (long call = 1; call <= 20; call++) {
            CallDelivered delivered = new CallDelivered(next(), call, "2001", "061234" + call, "8000", call % 2 + 1,
                    CallData.empty());
            CallEstablished established = new CallEstablished(next(), call, "2001", null, null, null);
            sent.addAll(List.of(delivered, established));
            if (delivered.skillGroupNumber() == 2) {
                popsWanted.add(delivered);
            }
            dispatch(delivered);
            dispatch(established);
        }
        CtiEvent linkDown = new LinkStatusChanged(next(), false, "A");
        sent.add(linkDown);
        dispatch(linkDown);

        await().atMost(Duration.ofSeconds(5)).until(() -> everything.received().size() == sent.size());
        assertThat(everything.received()).containsExactlyInAnyOrderElementsOf(sent);
        await().atMost(Duration.ofSeconds(5)).until(() -> pops.received().size() == popsWanted.size());
        assertThat(pops.received()).containsExactlyInAnyOrderElementsOf(popsWanted);
        assertThat(works.alive("cti-delivery-crm-bridge")).as("its own delivery workers").isEqualTo(8);
        assertThat(dispatcher.queued()).as("nothing left queued for the filtered lane").isZero();
        assertThat(status.snapshot().eventsFiltered()).as("what the filter declined, counted")
                .isEqualTo(sent.size() - popsWanted.size());
    }

    @Test
    void deactivatingAnEndpointStopsItsLaneWithinTheBoundAndLeavesTheOthers() throws Exception {
        RecordingEndpoints leaving = new RecordingEndpoints("leaving-mdb", 16).slow(Duration.ofMillis(100));
        RecordingEndpoints staying = new RecordingEndpoints("staying-mdb", 16);
        dispatcher.activate(leaving);
        dispatcher.activate(staying);
        for (long call = 1; call <= 40; call++) {
            dispatch(new CallEstablished(next(), call, "2001", null, null, null));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> leaving.attempts() > 0);

        long began = System.nanoTime();
        assertThat(dispatcher.deactivate(leaving, Duration.ofSeconds(2))).as("its workers ended in time").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(1)).until(() -> works.alive("cti-delivery-leaving-mdb") == 0);
        assertThat(leaving.released()).isEqualTo(leaving.created());
        assertThat(leaving.protocolErrors()).isEmpty();

        int leftWith = leaving.received().size();
        CallEstablished later = new CallEstablished(next(), 99, "2001", null, null, null);
        dispatch(later);
        await().atMost(Duration.ofSeconds(5)).until(() -> staying.received().contains(later));
        assertThat(leaving.received()).as("nothing after its deactivation").hasSize(leftWith);
        assertThat(works.alive("cti-delivery-staying-mdb")).isEqualTo(8);
    }
}
