package org.ctios.ear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** CTI OS's REST API on the domain's loopback HTTP listener, signed in as one account; every request bounded. */
final class ServerApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, content type and JSON body (null when empty). */
    record Reply(int status, String contentType, JsonNode body) {
    }

    /** HTTP/1.1: no h2c upgrade offered to the server on each connection (see the container tests' RestClient). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    ServerApi(int port, String user, String password) {
        this.base = URI.create("http://127.0.0.1:" + port + "/cti/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** GET, expecting 200. */
    JsonNode get(String path) {
        Reply reply = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    /** GET, whatever the answer; a path starting with / names another application of the server. */
    Reply fetch(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Accept", "application/json")
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
