package org.ctios.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small CTI OS stand-in on loopback (the JDK's HTTP server): event streams the test writes to and drops, and
 * canned answers to the REST operations, with every request recorded.
 */
final class StubServer implements AutoCloseable {

    /** A request as the stub saw it. */
    record Seen(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** A canned answer. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    /** One open event stream: the test sends it text and drops it. */
    static final class Stream {
        private static final String DROP = "\u0000drop";
        final Seen request;
        private final BlockingQueue<String> out = new LinkedBlockingQueue<>();

        Stream(Seen request) {
            this.request = request;
        }

        Stream event(String name, String id, String json) {
            out.add("event: " + name + "\n" + (id == null ? "" : "id: " + id + "\n") + "data: " + json + "\n\n");
            return this;
        }

        Stream raw(String text) {
            out.add(text);
            return this;
        }

        void drop() {
            out.add(DROP);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-server");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Stream> streams = new LinkedBlockingQueue<>();
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final BlockingQueue<Answer> streamRefusals = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/cti/api/", this::handle);
        answer("GET", "/cti/api/system/link", 200, "{\"connected\":true,\"peripheralOnline\":true,"
                + "\"resynchronising\":false,\"side\":\"A\",\"since\":\"2026-12-07T08:00:00Z\"}");
        answer("GET", "/cti/api/skillgroups", 200, "[{\"number\":\"3\",\"name\":\"Billing\",\"callsQueued\":1}]");
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String method, String path, int status, String json) {
        answer(method, path, new Answer(status, status / 100 == 2 ? "application/json" : "application/problem+json",
                json, Map.of()));
    }

    void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    /** The next stream request is answered with this instead of a stream. */
    void refuseNextStream(Answer answer) {
        streamRefusals.add(answer);
    }

    /** The next stream a client opened, waiting at most {@code seconds}. */
    Stream nextStream(int seconds) throws InterruptedException {
        Stream stream = streams.poll(seconds, TimeUnit.SECONDS);
        if (stream == null) {
            throw new AssertionError("no event stream was opened within " + seconds + " s");
        }
        return stream;
    }

    List<Seen> requests() {
        return requests;
    }

    List<Seen> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Seen seen = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(seen);
            if (seen.path().equals("/cti/api/events")) {
                Answer refusal = streamRefusals.poll();
                if (refusal == null) {
                    stream(exchange, seen);
                    return;
                }
                send(exchange, refusal);
                return;
            }
            Answer answer = answers.get(seen.method() + " " + seen.path());
            send(exchange, answer != null ? answer : new Answer(404, "application/problem+json",
                    "{\"type\":\"urn:ctios:problem:unknown-resource\",\"title\":\"Unknown resource\",\"status\":404}",
                    Map.of()));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null && bytes.length > 0) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private void stream(HttpExchange exchange, Seen seen) throws IOException {
        Stream stream = new Stream(seen);
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        streams.add(stream);
        OutputStream out = exchange.getResponseBody();
        try {
            while (!closed) {
                String text = stream.out.poll(100, TimeUnit.MILLISECONDS);
                if (text == null) {
                    continue;
                }
                if (text.equals(Stream.DROP)) {
                    return;
                }
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client closed the stream: nothing to write to
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
