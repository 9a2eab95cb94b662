package org.ctios.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * N monitor-mode clients of CTI OS's event stream ({@code GET /cti/api/events}, no filter: every event), signed in
 * as the demo integration account {@code crm}/{@code crm}, each reading on a thread of its own while a phase runs.
 */
final class EventStreamClients implements AutoCloseable {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            "crm:crm".getBytes(StandardCharsets.UTF_8));
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<SseClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    private EventStreamClients() {
    }

    /** Opens {@code count} streams at that port; each reads until {@link #stop}. */
    static EventStreamClients open(int count, int port, EventDelay delay, Consumer<String> progress) {
        EventStreamClients opened = new EventStreamClients();
        URI uri = URI.create("http://127.0.0.1:" + port + "/cti/api/events");
        for (int i = 1; i <= count; i++) {
            SseClient client = new SseClient(i, opened.http, uri, AUTHORIZATION, delay);
            Thread thread = new Thread(client, "sse-client-" + i);
            thread.setDaemon(true);
            opened.clients.add(client);
            opened.threads.add(thread);
            thread.start();
        }
        progress.accept(count + " monitor-mode event stream clients opened (crm, every event)");
        return opened;
    }

    /** Waits, at most {@code timeout}, until every client has its snapshot; false if one has not. */
    boolean awaitStarted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!clients.stream().allMatch(SseClient::started)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Every client starts its figures afresh: what the phase to measure brings. */
    void startMeasuring() {
        clients.forEach(SseClient::startMeasuring);
    }

    /** Each client's figures so far, while they keep reading. */
    List<SseClientFigures> figures() {
        return clients.stream().map(SseClient::figures).toList();
    }

    /** Stops every client and returns what each received. */
    List<SseClientFigures> stop() throws InterruptedException {
        clients.forEach(SseClient::stop);
        for (Thread thread : threads) {
            thread.join(JOIN_TIMEOUT.toMillis());
        }
        List<SseClientFigures> figures = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            if (threads.get(i).isAlive()) {
                throw new IllegalStateException("event stream client " + (i + 1) + " did not stop within "
                        + JOIN_TIMEOUT);
            }
            figures.add(clients.get(i).figures());
        }
        return figures;
    }

    /** Failures of clients that gave up, for the progress log. */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (SseClient client : clients) {
            if (client.failure() != null) {
                failures.add(client.failure());
            }
        }
        return failures;
    }

    @Override
    public void close() {
        clients.forEach(SseClient::stop);
    }
}
