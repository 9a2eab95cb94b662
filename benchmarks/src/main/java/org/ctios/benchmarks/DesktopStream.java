package org.ctios.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One desktop's event stream, kept open as the agent desktop's page keeps it (cti-client.js): a refused or failed
 * attempt is tried again after 1 s, doubling up to 15 s (or after the server's Retry-After, if longer), except for
 * the answers that retrying cannot change (400, 401, 403, 404, 406); a stream that ends is opened again with
 * Last-Event-ID. Unlike the page it gives up when no snapshot has come {@code deadline} after its first request: it
 * then counts as timed out and its connection is closed. Nothing here blocks a thread: the HttpClient hands the
 * stream's lines over as they arrive, and retries wait on a timer.
 */
final class DesktopStream {

    /** What the stream came to; the time to the snapshot from the first request, or -1 without one. */
    record Outcome(String name, long timeToSnapshotNanos, int attempts, int reconnects, long events, int snapshots,
                   boolean timedOut, String failure) {
    }

    static final Set<Integer> FINAL_STATUSES = Set.of(400, 401, 403, 404, 406);
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long MAX_RETRY_MILLIS = 15_000;
    /** A stream open and then ended: how long an attempt to reopen it may wait for its answer. */
    private static final Duration REOPEN_TIMEOUT = Duration.ofSeconds(60);
    private static final int PROBLEM_EXCERPT = 200;

    private final String name;
    private final HttpClient http;
    private final URI uri;
    private final String authorization;
    private final StatusCounts statuses;
    private final ScheduledExecutorService timers;
    private final Duration deadline;
    private final LongSupplier nanoClock;
    private final SseParser parser = new SseParser(this::event);

    private long firstRequestNanos;
    private volatile long snapshotNanos = -1;
    private int attempts;
    private int reconnects;
    private long events;
    private int snapshots;
    private boolean timedOut;
    private String failure;
    private String lastEventId;
    private long retryMillis = FIRST_RETRY_MILLIS;
    private long retryAfterMillis;
    private boolean finalAnswer;
    private boolean opened;
    private boolean closed;
    private CompletableFuture<HttpResponse<Void>> inFlight;
    private Flow.Subscription subscription;

    DesktopStream(String name, HttpClient http, URI uri, String authorization, StatusCounts statuses,
                  ScheduledExecutorService timers, Duration deadline, LongSupplier nanoClock) {
        this.name = name;
        this.http = http;
        this.uri = uri;
        this.authorization = authorization;
        this.statuses = statuses;
        this.timers = timers;
        this.deadline = deadline;
        this.nanoClock = nanoClock;
    }

    /** Sends the first request now; from this moment the snapshot is timed. */
    synchronized void start() {
        firstRequestNanos = nanoClock.getAsLong();
        timers.schedule(this::checkDeadline, deadline.toMillis(), TimeUnit.MILLISECONDS);
        attempt();
    }

    /** Whether the stream is done opening: it has its snapshot, or it gave up (timed out, final answer, closed). */
    boolean settled() {
        return snapshotNanos >= 0 || isClosed();
    }

    boolean hasSnapshot() {
        return snapshotNanos >= 0;
    }

    /** Whether a connection is open and streaming now (its answer was 200 and it has not ended). */
    synchronized boolean streaming() {
        return subscription != null && !closed;
    }

    synchronized Outcome outcome() {
        long toSnapshot = snapshotNanos < 0 ? -1 : snapshotNanos - firstRequestNanos;
        return new Outcome(name, toSnapshot, attempts, reconnects, events, snapshots, timedOut, failure);
    }

    /** Closes the stream (its connection, or the request under way); no more attempts. */
    synchronized void close() {
        closed = true;
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        if (inFlight != null) {
            inFlight.cancel(true);
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void attempt() {
        if (closed) {
            return;
        }
        attempts++;
        finalAnswer = false;
        retryAfterMillis = 0;
        parser.reset();
        long left = firstRequestNanos + deadline.toNanos() - nanoClock.getAsLong();
        Duration timeout = snapshotNanos >= 0 ? REOPEN_TIMEOUT : Duration.ofNanos(Math.max(left,
                TimeUnit.SECONDS.toNanos(1)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1)
                .timeout(timeout).header("Accept", "text/event-stream").header("Authorization", authorization).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        boolean[] answered = new boolean[1];
        CompletableFuture<HttpResponse<Void>> sent = http.sendAsync(request.build(), info -> {
            answered[0] = true;
            statuses.add(info.statusCode());
            return answer(info);
        });
        inFlight = sent;
        sent.whenComplete((response, error) -> ended(answered[0], error));
    }

    private HttpResponse.BodySubscriber<Void> answer(HttpResponse.ResponseInfo info) {
        if (info.statusCode() == 200) {
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines(), lines -> null,
                    StandardCharsets.UTF_8, null);
        }
        synchronized (this) {
            finalAnswer = FINAL_STATUSES.contains(info.statusCode());
            retryAfterMillis = info.headers().firstValue("Retry-After").map(DesktopStream::retryAfterMillis)
                    .orElse(0L);
        }
        int status = info.statusCode();
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                body -> {
                    problem(status, body);
                    return null;
                });
    }

    /** Seconds of a Retry-After header in milliseconds; 0 for an HTTP date or anything else. */
    static long retryAfterMillis(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim())) * 1_000;
        } catch (NumberFormatException notSeconds) {
            return 0;
        }
    }

    private synchronized void problem(int status, String body) {
        String text = body == null ? "" : body.strip();
        failure = status + (text.isEmpty() ? "" : " " + text.substring(0, Math.min(PROBLEM_EXCERPT, text.length())));
    }

    private synchronized void ended(boolean answered, Throwable error) {
        boolean wasOpen = subscription != null;
        subscription = null;
        inFlight = null;
        if (closed) {
            return;
        }
        if (!answered) {
            statuses.noAnswer();
            failure = "no answer: " + (error == null ? "ended" : error.toString());
        } else if (error != null && !wasOpen) {
            failure = "failed: " + error;
        }
        if (finalAnswer) {
            closed = true;
            return;
        }
        if (wasOpen) {
            reconnects++;
        }
        long wait = Math.max(retryMillis, retryAfterMillis);
        retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
        timers.schedule(this::attempt, wait, TimeUnit.MILLISECONDS);
    }

    private synchronized void opened(Flow.Subscription opened) {
        if (closed) {
            opened.cancel();
            return;
        }
        subscription = opened;
        this.opened = true;
        retryMillis = FIRST_RETRY_MILLIS;
    }

    private void event(String id, String eventName, String data) {
        long now = nanoClock.getAsLong();
        synchronized (this) {
            events++;
            if (id != null) {
                lastEventId = id;
            }
            if (SseParser.SNAPSHOT.equals(eventName)) {
                snapshots++;
                if (snapshotNanos < 0) {
                    snapshotNanos = now;
                }
            }
        }
    }

    private synchronized void checkDeadline() {
        if (snapshotNanos < 0 && !closed) {
            timedOut = true;
            if (failure == null) {
                failure = opened ? "answered 200, no snapshot within " + deadline : "no answer within " + deadline;
            }
            close();
        }
    }

    /** The stream's lines, on the HttpClient's threads, in order. */
    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription lines) {
            opened(lines);
            lines.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            parser.line(line);
        }

        @Override
        public void onError(Throwable error) {
            // ended() hears of it through the response's future
        }

        @Override
        public void onComplete() {
            // likewise
        }
    }
}
