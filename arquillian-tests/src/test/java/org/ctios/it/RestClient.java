package org.ctios.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for the REST API under test; every request is bounded by a timeout. It signs in as the
 * demo integration account {@code crm}/{@code crm} (which may read and drive every agent and call) unless told
 * otherwise with {@link #as} or {@link #anonymous}.
 */
final class RestClient {

    /** An answer: status, content type, parsed JSON body (null when there is none) and headers. */
    record Reply(int status, String contentType, JsonNode body, HttpHeaders headers) {

        /** A response header's first value, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The demo integration account every test uses unless it says otherwise. */
    static final String DEFAULT_USER = "crm";

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1, as the event streams already are: by default the JDK client offers Payara an h2c upgrade on every
     * new connection, and one such request of a CI run ended in "EOF reached while reading" with no answer.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    /** The Authorization header sent, or null for none. */
    private final String authorization;
    private HttpHeaders lastHeaders;

    /**
     * A client for the deployment at that URL. Payara Micro reports the URL with the machine's outward address,
     * but the tests bind its HTTP listener to loopback only, so the client keeps the port and path and uses
     * 127.0.0.1.
     */
    RestClient(URL deploymentUrl) {
        String path = deploymentUrl.getPath().endsWith("/") ? deploymentUrl.getPath() : deploymentUrl.getPath() + "/";
        this.base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + path);
        this.authorization = basic(DEFAULT_USER, DEFAULT_USER);
    }

    private RestClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API, signed in as another account (HTTP Basic). */
    RestClient as(String user, String password) {
        return new RestClient(base, basic(user, password));
    }

    /** The same API without credentials. */
    RestClient anonymous() {
        return new RestClient(base, null);
    }

    /** The same API with this Authorization header as it is (to test malformed or foreign schemes). */
    RestClient withAuthorization(String header) {
        return new RestClient(base, header);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT or POST of JSON with one more request header (such as {@code Idempotency-Key}). */
    Reply send(String method, String path, String json, String header, String value) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header(header, value).method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** A header of the last answer this client received, if it had one. */
    java.util.Optional<String> lastHeader(String name) {
        return lastHeaders == null ? java.util.Optional.empty() : lastHeaders.firstValue(name);
    }

    /** A plain-text answer (the metrics endpoint's Prometheus format): status and body. */
    record TextReply(int status, String body) {
    }

    TextReply getText(String path) {
        HttpRequest request = signed(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/plain").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new TextReply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a Server-Sent Events stream ({@code lastEventId} may be null). It has no timeout: its client bounds
     * every wait for an event instead.
     */
    EventStreamClient events(String path, String lastEventId, boolean stalled) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        EventStreamClient client = new EventStreamClient(stalled);
        http.sendAsync(signed(builder).GET().build(), client.handler());
        return client;
    }

    /**
     * Opens an event stream on a bare socket with a small receive buffer and reads nothing: a client that has
     * stopped reading, which the HTTP client cannot imitate (it keeps reading into its own buffers).
     */
    Socket stalledEvents(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4_096);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        String request = "GET " + base.resolve(path).getRawPath() + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + base.getPort() + "\r\nAccept: text/event-stream\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Connection: close\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** An answer as it came, for tests of what the server answers whatever it is: status, content type, text. */
    record RawReply(int status, String contentType, String body) {
    }

    /**
     * Any request, with the body and content type given as they are (malformed, oversized, another media type, sent
     * with a length or chunked as the publisher has it; a null content type sends none), accepting any answer.
     */
    RawReply exchange(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = signed(HttpRequest.newBuilder(base.resolve(path)))
                .timeout(Duration.ofSeconds(10)).header("Accept", "*/*").method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new RawReply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with one more request header (such as {@code X-Requested-With}). */
    Reply get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET());
    }

    /** A GET that says which media type it accepts (a stream refused with a problem answers JSON anyway). */
    Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), accept);
    }

    /** Adds this client's credentials: every request of this class goes through here. */
    private HttpRequest.Builder signed(HttpRequest.Builder builder) {
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder builder) {
        return send(builder, "application/json");
    }

    private Reply send(HttpRequest.Builder builder, String accept) {
        HttpRequest request = signed(builder).timeout(Duration.ofSeconds(10)).header("Accept", accept).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastHeaders = response.headers();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (!response.body().isEmpty() && !contentType.contains("json")) {
                throw new AssertionError(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + " " + contentType + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), contentType, body, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
