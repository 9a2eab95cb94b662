package org.ctios.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * An agent signing in on its desktop: {@code PUT /cti/api/agents/{id}/state} with LOGIN (its instrument and
 * password), then AVAILABLE, as the agent's own account. The server answers 200 once the stored agent shows the
 * change, 202 when the CTI Server confirmed it but its event was not applied within the server's wait; a ready
 * request the server refuses with 409 because the login is not stored yet is sent again after 1 s, then 2, 4 and
 * 8 s, as an agent clicks again until the snapshot's deadline. Other failures are tried again after a second, at
 * most {@value #ATTEMPTS} times per request. Every answer is counted and timed; nothing blocks a thread.
 */
final class DesktopLogin {

    static final int ATTEMPTS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long FIRST_CONFLICT_PAUSE_MILLIS = 1_000;
    private static final long MAX_CONFLICT_PAUSE_MILLIS = 8_000;
    private static final long RETRY_PAUSE_MILLIS = 1_000;

    private final HttpClient http;
    private final URI state;
    private final String authorization;
    private final String instrument;
    private final String password;
    private final StatusCounts statuses;
    private final Latencies latencies;
    private final ScheduledExecutorService timers;
    private final LongSupplier nanoClock;
    private final Duration giveUpAfter;
    private volatile long giveUpNanos;

    private volatile boolean ready;
    private volatile boolean done;
    private volatile String failure;
    private int failedAttempts;
    private long conflictPauseMillis = FIRST_CONFLICT_PAUSE_MILLIS;

    /**
     * @param giveUpAfter no request is sent later than this after {@link #start()}: the snapshot's deadline
     */
    DesktopLogin(HttpClient http, URI base, String agentId, String instrument, String password,
                 String authorization, StatusCounts statuses, Latencies latencies, ScheduledExecutorService timers,
                 LongSupplier nanoClock, Duration giveUpAfter) {
        this.http = http;
        this.state = base.resolve("agents/" + agentId + "/state");
        this.authorization = authorization;
        this.instrument = instrument;
        this.password = password;
        this.statuses = statuses;
        this.latencies = latencies;
        this.timers = timers;
        this.nanoClock = nanoClock;
        this.giveUpAfter = giveUpAfter;
    }

    void start() {
        giveUpNanos = nanoClock.getAsLong() + giveUpAfter.toNanos();
        login();
    }

    boolean ready() {
        return ready;
    }

    boolean done() {
        return done;
    }

    String failure() {
        return failure;
    }

    private void login() {
        put("{\"state\":\"LOGIN\",\"instrument\":\"" + instrument + "\",\"password\":\"" + password + "\"}",
                status -> {
                    // 409: logged in already (an earlier attempt that seemed to fail did it)
                    if (status == 200 || status == 202 || status == 409) {
                        failedAttempts = 0;
                        makeReady();
                    } else {
                        retry(this::login, "LOGIN answered " + status);
                    }
                });
    }

    private void makeReady() {
        put("{\"state\":\"AVAILABLE\"}", status -> {
            if (status == 200 || status == 202) {
                ready = true;
                failure = null;
                done = true;
            } else if (status == 409 && nanoClock.getAsLong() - giveUpNanos < 0) {
                failure = "AVAILABLE answered 409";
                timers.schedule(this::makeReady, conflictPauseMillis, TimeUnit.MILLISECONDS);
                conflictPauseMillis = Math.min(conflictPauseMillis * 2, MAX_CONFLICT_PAUSE_MILLIS);
            } else {
                retry(this::makeReady, "AVAILABLE answered " + status);
            }
        });
    }

    private void retry(Runnable request, String problem) {
        failure = problem;
        if (++failedAttempts >= ATTEMPTS || nanoClock.getAsLong() - giveUpNanos >= 0) {
            done = true;
            return;
        }
        timers.schedule(request, RETRY_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private interface Answer {
        /** @param status the HTTP status, or {@link StatusCounts#NO_ANSWER} */
        void status(int status);
    }

    private void put(String body, Answer answer) {
        HttpRequest request = HttpRequest.newBuilder(state).version(HttpClient.Version.HTTP_1_1)
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = nanoClock.getAsLong();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (response != null) {
                latencies.addNanos(nanoClock.getAsLong() - sent);
                statuses.add(response.statusCode());
                answer.status(response.statusCode());
            } else {
                statuses.noAnswer();
                answer.status(StatusCounts.NO_ANSWER);
            }
        });
    }
}
