package org.ctios.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.ctios.client.sse.EventStreamReader;
import org.ctios.client.sse.ServerSentEvent;

/**
 * Follows one event stream on a thread of its own: opens it (with {@code Last-Event-ID} after the first time, so the
 * server sends what was missed or a fresh snapshot), applies its events to the live model, and after a break waits
 * its backoff (or the server's longer {@code Retry-After}) and opens it again, until stopped or refused for good.
 */
final class StreamFollower {

    private static final System.Logger LOG = System.getLogger(StreamFollower.class.getName());
    /** Answers that retrying will not change: wrong credentials, not allowed, no such agent or team, a bad filter. */
    private static final Set<Integer> FINAL_STATUSES = Set.of(400, 401, 403, 404, 406);
    /** How much of a refusal's body is read for its problem details. */
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;

    private final Requests requests;
    private final String pathAndQuery;
    private final LiveModel model;
    private final Backoff backoff;
    private final int maxEventBytes;
    private final BiConsumer<ConnectionStatus, String> status;
    private final Runnable onSnapshot;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile InputStream current;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile String lastEventId;

    StreamFollower(Requests requests, String pathAndQuery, LiveModel model, Backoff backoff, int maxEventBytes,
                   BiConsumer<ConnectionStatus, String> status, Runnable onSnapshot, String threadName) {
        this.requests = requests;
        this.pathAndQuery = pathAndQuery;
        this.model = model;
        this.backoff = backoff;
        this.maxEventBytes = maxEventBytes;
        this.status = status;
        this.onSnapshot = onSnapshot;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    String lastEventId() {
        return lastEventId;
    }

    private void run() {
        while (!stopped) {
            status.accept(ConnectionStatus.CONNECTING, lastEventId == null ? null : "resuming after " + lastEventId);
            Optional<Duration> retryAfter = Optional.empty();
            String why;
            try {
                HttpResponse<InputStream> response = requests.openStream(pathAndQuery, lastEventId);
                if (response.statusCode() == 200) {
                    why = follow(response.body());
                } else {
                    CtiProblemException refusal = refusal(response);
                    if (FINAL_STATUSES.contains(response.statusCode())) {
                        status.accept(ConnectionStatus.FAILED, refusal.getMessage());
                        return;
                    }
                    retryAfter = refusal.retryAfter();
                    why = refusal.getMessage();
                }
            } catch (InterruptedException stop) {
                return;
            } catch (IOException | RuntimeException e) {
                why = "no stream: " + e;
            }
            if (stopped) {
                return;
            }
            Duration wait = backoff.next();
            if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
                wait = retryAfter.get();
            }
            status.accept(ConnectionStatus.RECONNECTING, why + "; next attempt in " + wait.toMillis() + " ms");
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** Reads the open stream to its end; answers why it ended. */
    private String follow(InputStream body) {
        current = body;
        lastActivityNanos = System.nanoTime();
        if (stopped) {
            closeQuietly(body);
            return "stopped";
        }
        status.accept(ConnectionStatus.OPEN, null);
        try (InputStream in = body) {
            EventStreamReader reader = new EventStreamReader(in, maxEventBytes,
                    () -> lastActivityNanos = System.nanoTime());
            boolean first = true;
            for (ServerSentEvent event = reader.next(); event != null; event = reader.next()) {
                if (first) {
                    backoff.reset();
                    first = false;
                }
                apply(event);
            }
            return "the server ended the stream";
        } catch (IOException e) {
            return "the stream broke: " + e.getMessage();
        } finally {
            current = null;
        }
    }

    private void apply(ServerSentEvent event) {
        try {
            model.apply(event.name(), event.data());
        } catch (RuntimeException bad) {
            // One event the library cannot read must not tear down the stream (and reconnect over and over).
            LOG.log(System.Logger.Level.WARNING, "event " + event.name() + " " + event.id() + " was not applied", bad);
        }
        if (event.id() != null) {
            lastEventId = event.id();
        }
        if ("snapshot".equals(event.name())) {
            onSnapshot.run();
        }
    }

    private static CtiProblemException refusal(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            String body = new String(in.readNBytes(MAX_PROBLEM_BYTES), java.nio.charset.StandardCharsets.UTF_8);
            return Problems.toException(response.statusCode(), body, response.headers().firstValue("Retry-After"));
        }
    }

    /**
     * Closes the stream when nothing, not even a heartbeat, came for {@code silence}: the connection is dead or a proxy
     * holds it; the follower then reconnects. Called by the session's timer.
     */
    void closeIfSilentFor(Duration silence) {
        InputStream stream = current;
        if (stream != null && System.nanoTime() - lastActivityNanos > silence.toNanos()) {
            LOG.log(System.Logger.Level.INFO, "no event nor heartbeat for " + silence + ": reconnecting");
            closeQuietly(stream);
        }
    }

    /** Stops following: closes the stream, wakes the thread, waits for it at most {@code millis}. */
    void stop(long millis) throws InterruptedException {
        stopped = true;
        InputStream stream = current;
        if (stream != null) {
            closeQuietly(stream);
        }
        thread.interrupt();
        thread.join(millis);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing a broken connection: nothing more to do
        }
    }
}
