package org.ctios.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One monitor-mode client of CTI OS's event stream, reading on a thread of its own as fast as it can: it counts the
 * events, notes snapshots after the first (a restart), comes back with Last-Event-ID whenever the stream ends (as a
 * browser's EventSource does), and times the events its {@link EventDelay} times (AgentState events: from the
 * connector reading them, or from the switch sending them). Its figures may be read while it runs.
 */
final class SseClient implements Runnable {

    /** Delays kept; beyond that the client still counts events but measures no more. */
    static final int MAX_SAMPLES = 2_000_000;
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(200);
    private static final int MAX_RECONNECTS = 1_000;

    private final int number;
    private final HttpClient http;
    private final URI uri;
    private final String authorization;
    private final EventDelay delay;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicReference<InputStream> body = new AtomicReference<>();

    private long[] delaysMicros = new long[1024];
    private int samples;
    private long events;
    private long snapshots;
    private int reconnects;
    private String lastEventId;
    private volatile String failure;
    private volatile boolean snapshotReceived;
    /** Set by {@link #startMeasuring()}; the client's thread then starts its figures afresh. */
    private volatile boolean measureRequested;
    private boolean measureStarted;
    /** When the figures were last started afresh (or the client created), and when the last event came. */
    private volatile long measureFromNanos = System.nanoTime();
    private long lastEventNanos;

    SseClient(int number, HttpClient http, URI uri, String authorization, EventDelay delay) {
        this.number = number;
        this.http = http;
        this.uri = uri;
        this.authorization = authorization;
        this.delay = delay;
    }

    @Override
    public void run() {
        while (!stopped.get()) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1)
                        .header("Accept", "text/event-stream").header("Authorization", authorization).GET();
                if (lastEventId != null) {
                    request.header("Last-Event-ID", lastEventId);
                }
                HttpResponse<InputStream> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    failure = "the stream answered " + response.statusCode();
                    response.body().close();
                    return;
                }
                body.set(response.body());
                read(new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                if (!stopped.get() && failure == null) {
                    failure = "stream failed: " + e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (stopped.get() || ++reconnects > MAX_RECONNECTS) {
                return;
            }
            try {
                Thread.sleep(RECONNECT_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads events until the stream ends or the client is stopped. */
    void read(BufferedReader lines) throws IOException {
        SseParser parser = new SseParser(this::received);
        String line;
        while (!stopped.get() && (line = lines.readLine()) != null) {
            parser.line(line);
        }
    }

    private synchronized void received(String id, String name, String data) {
        long micros = delay.delayMicros(name, data);
        if (measureRequested) {
            measureRequested = false;
            measureStarted = true;
            events = 0;
            snapshots = 0;
            reconnects = 0;
            samples = 0;
        }
        events++;
        lastEventNanos = System.nanoTime();
        if (id != null) {
            lastEventId = id;
        }
        if (SseParser.SNAPSHOT.equals(name)) {
            snapshots++;
            snapshotReceived = true;
        } else if (micros != EventDelay.NOT_TIMED && samples < MAX_SAMPLES) {
            record(micros);
        }
    }

    private void record(long micros) {
        if (samples == delaysMicros.length) {
            delaysMicros = Arrays.copyOf(delaysMicros, Math.min(MAX_SAMPLES, samples * 2));
        }
        delaysMicros[samples++] = micros;
    }

    /** Stops reading: closes the stream under way. */
    void stop() {
        stopped.set(true);
        InputStream current = body.get();
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * Starts the figures afresh (from the client's next event): what came during the warm-up is not counted, and
     * any snapshot from now on is a restart.
     */
    void startMeasuring() {
        measureFromNanos = System.nanoTime();
        measureRequested = true;
    }

    /** Whether the stream has started: its first snapshot came. */
    boolean started() {
        return snapshotReceived;
    }

    /** Why the client gave up, or null. */
    String failure() {
        return failure;
    }

    /** The figures since the measuring started (or since the client opened). */
    synchronized SseClientFigures figures() {
        boolean measuring = measureStarted;
        long[] sorted = Arrays.copyOf(delaysMicros, samples);
        Arrays.sort(sorted);
        double seconds = events == 0 ? 0 : Math.max(0, lastEventNanos - measureFromNanos) / 1e9;
        return new SseClientFigures(number, events, snapshots, snapshots > (measuring ? 0 : 1), reconnects, samples,
                Latencies.percentileMillis(sorted, 0.50), Latencies.percentileMillis(sorted, 0.95),
                Latencies.percentileMillis(sorted, 0.99), sorted.length == 0 ? 0
                : sorted[sorted.length - 1] / 1000.0, seconds);
    }
}
