package org.ctios.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Flow;

/**
 * A client of one Server-Sent Events stream, reading it line by line without a thread of its own (the HTTP
 * client's callbacks). A stalled client asks for no lines until {@link #resume()}: the HTTP client then stops
 * reading the socket, as a slow browser would. Opened through {@link RestClient#events}.
 */
final class EventStreamClient implements AutoCloseable, Flow.Subscriber<String> {

    /** One event as the stream delivered it. */
    record Event(long id, String name, String data, long receivedAtNanos) {

        private static final ObjectMapper JSON = new ObjectMapper();

        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Events received and not yet taken; more than this and the test has stopped reading. */
    private static final int RECEIVED_LIMIT = 100_000;
    private static final Event END = new Event(-1, "(end of stream)", "", 0);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>(RECEIVED_LIMIT);
    private final CompletableFuture<HttpResponse.ResponseInfo> response = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private volatile boolean stalled;
    private volatile boolean ended;
    private String id;
    private String name;
    private final StringBuilder data = new StringBuilder();
    private final StringBuilder otherLines = new StringBuilder();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    EventStreamClient(boolean stalled) {
        this.stalled = stalled;
    }

    /** The body handler that feeds this client; it notes the status and headers first. */
    HttpResponse.BodyHandler<Void> handler() {
        return info -> {
            response.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(this);
        };
    }

    int status() {
        try {
            return response.get(10, TimeUnit.SECONDS).statusCode();
        } catch (Exception e) {
            throw new AssertionError("no answer to the stream request within 10 s", e);
        }
    }

    /**
     * The answer's status line and headers, waiting at most {@code timeout}; empty when they did not come, or when
     * the request failed before any answer (see {@link #failure()}).
     */
    Optional<HttpResponse.ResponseInfo> response(Duration timeout) {
        try {
            return Optional.of(response.get(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Why the request failed before an answer came (a refused or reset connection), if it did. */
    Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** The first lines of a body that is no event stream (a problem's JSON, an error page), up to 300 characters. */
    String otherLines() {
        synchronized (otherLines) {
            return otherLines.toString();
        }
    }

    /** Fails the wait for an answer: the request itself failed (given to {@code sendAsync}'s future). */
    void requestFailed(Throwable cause) {
        failure.compareAndSet(null, cause);
        response.completeExceptionally(cause);
        end();
    }

    String contentType() {
        status();
        return response.join().headers().firstValue("Content-Type").orElse("");
    }

    // ---------------------------------------------------------------- the line subscriber

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription.set(newSubscription);
        if (!stalled) {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        if (line.isEmpty()) {
            if (data.length() > 0 || name != null) {
                events.offer(new Event(id == null ? -1 : Long.parseLong(id), name == null ? "message" : name,
                        data.toString(), System.nanoTime()));
            }
            name = null;
            data.setLength(0);
        } else if (line.startsWith(":")) {
            heartbeats.incrementAndGet();
        } else if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            if (data.length() > 0) {
                data.append('\n');
            }
            data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
        } else if (!line.startsWith("retry:")) {
            synchronized (otherLines) {
                if (otherLines.length() < 300) {
                    otherLines.append(line, 0, Math.min(line.length(), 300 - otherLines.length())).append(' ');
                }
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        end();
    }

    @Override
    public void onComplete() {
        end();
    }

    private void end() {
        ended = true;
        events.offer(END);
    }

    // ---------------------------------------------------------------- for the tests

    /** The next event, failing the test if none comes within the timeout or the stream ends. */
    Event next(Duration timeout) {
        Event event = poll(timeout);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        if (event == END) {
            throw new AssertionError("the stream ended");
        }
        return event;
    }

    /** The next event of that name, skipping others. */
    Event next(String eventName, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event.name().equals(eventName)) {
                return event;
            }
        }
    }

    /** Everything received until the stream ends; fails if it does not end within the timeout. */
    List<Event> untilEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> all = new ArrayList<>();
        while (true) {
            Event event = poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event == null) {
                throw new AssertionError("the stream did not end within " + timeout + " (" + all.size()
                        + " events)");
            }
            if (event == END) {
                return all;
            }
            all.add(event);
        }
    }

    /** The events received so far, without waiting. */
    List<Event> received() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        all.removeIf(event -> event == END);
        return all;
    }

    private Event poll(Duration timeout) {
        try {
            return events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int heartbeats() {
        return heartbeats.get();
    }

    boolean ended() {
        return ended;
    }

    /** A stalled client starts reading. */
    void resume() {
        stalled = false;
        Flow.Subscription current = subscription.get();
        if (current != null) {
            current.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void close() {
        Flow.Subscription current = subscription.get();
        if (current != null) {
            current.cancel();
        }
    }
}
