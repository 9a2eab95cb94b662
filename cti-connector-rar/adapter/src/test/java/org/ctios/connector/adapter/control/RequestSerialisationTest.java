package org.ctios.connector.adapter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.adapter.testing.ScriptedServer;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.CtiTimeoutException;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.control.HoldCallConf;
import org.ctios.protocol.message.control.HoldCallReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.types.FailureStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests against a scripted CTI Server that confirms HOLD_CALL_REQ only after {@link #CONFIRMATION_DELAY}, and
 * never for call {@link #UNANSWERED_CALL}: what waits for what, and what a request that gets no answer does.
 */
class RequestSerialisationTest {

    private static final Duration CONFIRMATION_DELAY = Duration.ofMillis(300);
    private static final long UNANSWERED_CALL = 999;

    /** When the server read each HOLD_CALL_REQ and sent its confirmation, in nanoseconds, by InvokeID. */
    private final Map<Long, Long> arrived = new ConcurrentHashMap<>();
    private final Map<Long, Long> confirmed = new ConcurrentHashMap<>();
    private final List<HoldCallReq> holds = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService confirmations = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService callers = Executors.newFixedThreadPool(2);
    private final ThreadWorks works = new ThreadWorks();
    private ScriptedServer server;
    private CtiConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer(session -> {
            session.open();
            CtiMessage message;
            while ((message = session.read()) != null) {
                if (message instanceof HeartbeatReq heartbeat) {
                    session.send(new HeartbeatConf(heartbeat.invokeId()));
                } else if (message instanceof ListAgentTeamReq teams) {
                    // a CTI Server answers every request; this one offers no teams (the resynchronisation asks)
                    session.send(new FailureConf(teams.invokeId(), FailureStatus.FUNCTION_NOT_AVAILABLE.code()));
                } else if (message instanceof HoldCallReq hold) {
                    arrived.put(hold.invokeId(), System.nanoTime());
                    holds.add(hold);
                    if (hold.connectionCallId() != UNANSWERED_CALL) {
                        confirmations.schedule(() -> {
                            confirmed.put(hold.invokeId(), System.nanoTime());
                            session.send(new HoldCallConf(hold.invokeId()));
                            return null;
                        }, CONFIRMATION_DELAY.toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            }
        });
        connector = new CtiConnector(TestSettings.sides(server.port()).requestTimeout(Duration.ofSeconds(2))
                .connector(), works, SocketFactory.getDefault(), Clock.systemUTC());
        connector.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> connector.status().connected());
    }

    @AfterEach
    void stop() throws Exception {
        assertThat(connector.stop(Duration.ofSeconds(5))).isTrue();
        server.close();
        confirmations.shutdownNow();
        callers.shutdownNow();
    }

    private Future<?> holdAsync(long callId) {
        return callers.submit(() -> connector.controls().hold(callId, "2001"));
    }

    @Test
    void aSecondRequestOnTheSameCallIsSentOnlyAfterTheFirstIsConfirmed() throws Exception {
        Future<?> first = holdAsync(5);
        Future<?> second = holdAsync(5);
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);

        assertThat(holds).hasSize(2);
        long firstConfirmed = confirmed.get(holds.get(0).invokeId());
        long secondArrived = arrived.get(holds.get(1).invokeId());
        assertThat(secondArrived).as("the second request reached the server after the first's confirmation")
                .isGreaterThanOrEqualTo(firstConfirmed);
    }

    @Test
    void requestsOnDifferentCallsDoNotWaitForEachOther() throws Exception {
        Future<?> first = holdAsync(5);
        Future<?> second = holdAsync(6);
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);

        assertThat(holds).hasSize(2);
        long firstConfirmed = confirmed.get(holds.get(0).invokeId());
        long secondArrived = arrived.get(holds.get(1).invokeId());
        assertThat(secondArrived).as("both requests were at the server before either was confirmed")
                .isLessThan(firstConfirmed);
    }

    @Test
    void anUnansweredRequestTimesOutAndIsForgotten() throws Exception {
        assertThatThrownBy(() -> connector.controls().hold(UNANSWERED_CALL, "2001"))
                .isInstanceOf(CtiTimeoutException.class)
                .hasMessageContaining("no confirmation within PT2S");

        assertThat(connector.pendingRequests()).as("the timed-out request is no longer awaited").isZero();
        connector.controls().hold(5, "2001");
        assertThat(connector.status().connected()).as("a timeout does not drop the link").isTrue();
    }

    @Test
    void theWaitForAnEarlierRequestCountsAgainstTheTimeout() throws Exception {
        Future<?> stuck = callers.submit(() -> connector.controls().hold(UNANSWERED_CALL, "2001"));
        await().atMost(Duration.ofSeconds(2)).until(() -> holds.size() == 1);
        long started = System.nanoTime();

        assertThatThrownBy(() -> connector.controls().hold(UNANSWERED_CALL, "2002"))
                .isInstanceOf(CtiTimeoutException.class);

        // One timeout (2 s) in all, not one for the queue and another for the answer.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
        assertThatThrownBy(() -> stuck.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CtiTimeoutException.class);
    }
}
