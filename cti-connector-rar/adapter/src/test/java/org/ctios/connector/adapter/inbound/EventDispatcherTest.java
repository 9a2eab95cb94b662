package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keyed workers' ordering rules, with events made up so that only the dispatcher decides the order. */
class EventDispatcherTest {

    private final ThreadWorks works = new ThreadWorks();
    private final RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 16);
    private final EndpointDelivery delivery = new EndpointDelivery(3, Duration.ofSeconds(5), new DeadLetters(10),
            new LinkStatusHolder(Clock.systemUTC()), Clock.systemUTC());
    private final EventDispatcher dispatcher = new EventDispatcher(works, 8, 100, 1, delivery, () -> { });
    private long sequence;

    @AfterEach
    void stop() throws Exception {
        assertThat(dispatcher.stop(Duration.ofSeconds(5))).isTrue();
    }

    private EventOrigin next() {
        return new EventOrigin(1, ++sequence, Instant.now());
    }

    private void dispatch(CtiEvent event) throws InterruptedException {
        dispatcher.dispatch(new Dispatch(event, "test"));
    }

    @Test
    void anEventJoiningTwoCallsWaitsForTheEarlierEventsOfBoth() throws Exception {
        delivery.activate(endpoints.slow(Duration.ofMillis(30)));
        dispatcher.start();
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
    void aLinkWideEventComesAfterEverythingBeforeItAndBeforeEverythingAfter() throws Exception {
        delivery.activate(endpoints.slow(Duration.ofMillis(10)));
        dispatcher.start();
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
        delivery.activate(endpoints.slow(Duration.ofMillis(200)));
        dispatcher.start();
        for (long call = 1; call <= 50; call++) {
            dispatch(new CallEstablished(next(), call, "2001", null, null, null));
        }

        assertThat(dispatcher.stop(Duration.ofSeconds(2))).isTrue();
        await().atMost(Duration.ofSeconds(1)).until(() -> works.alive() == 0);
        assertThat(endpoints.released()).isEqualTo(endpoints.created());
    }
}
