package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The session's HTTP requests to the REST API: credentials on every request, a bound on the time to an answer and
 * on the requests waiting for one, and the answers turned into values or typed exceptions.
 */
final class Requests {

    /** Null once the session closed: the JDK's client (and its selector thread) may then be collected. */
    private volatile HttpClient http;
    private final URI apiBase;
    private final Supplier<String> authorization;
    private final Duration timeout;
    private final Semaphore inFlight;
    private final int maxInFlight;

    Requests(HttpClient http, URI apiBase, Supplier<String> authorization, Duration timeout, int maxInFlight) {
        this.http = http;
        this.apiBase = apiBase;
        this.authorization = authorization;
        this.timeout = timeout;
        this.inFlight = new Semaphore(maxInFlight);
        this.maxInFlight = maxInFlight;
    }

    URI uri(String path) {
        return apiBase.resolve(path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", authorization.get());
    }

    /** A GET whose 200 body becomes a value. */
    <T> CompletionStage<T> read(String path, Function<JsonNode, T> parse) {
        return send(request(path).timeout(timeout).header("Accept", "application/json").GET().build(),
                reply -> parse.apply(Json.parse(reply.body())));
    }

    /**
     * A control request: {@code body} as JSON (null for none). With {@code idempotent}, a fresh
     * {@code Idempotency-Key}, so that the server never carries one request out twice.
     */
    <T> CompletionStage<Outcome<T>> control(String method, String path, Object body, boolean idempotent,
                                            Function<JsonNode, T> parse) {
        HttpRequest.Builder builder = request(path).timeout(timeout).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : Json.write(body)));
        if (idempotent) {
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return send(builder.build(), reply -> {
            JsonNode json = reply.body().isBlank() ? null : Json.parse(reply.body());
            return new Outcome<>(reply.statusCode(), json == null || !json.isObject() ? null : parse.apply(json));
        });
    }

    /**
     * Sends within the bound on requests in flight. The stage fails with the typed exception itself (not wrapped): a
     * status outside 2xx, no answer, or an answer that does not parse.
     */
    private <T> CompletionStage<T> send(HttpRequest request, Function<HttpResponse<String>, T> onSuccess) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!inFlight.tryAcquire()) {
            result.completeExceptionally(new CtiBusyException(maxInFlight
                    + " requests of this session are already waiting for answers"));
            return result;
        }
        HttpClient client = http;
        if (client == null) {
            inFlight.release();
            result.completeExceptionally(new CtiConnectionException("the session is closed: "
                    + request.method() + " " + request.uri() + " was not sent", null));
            return result;
        }
        try {
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                inFlight.release();
                try {
                    result.complete(onSuccess.apply(answered(request, response, failure)));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e instanceof CtiException ? e
                            : new CtiException(request.method() + " " + request.uri() + ": " + e, e));
                }
            });
        } catch (RuntimeException notSent) {
            inFlight.release();
            result.completeExceptionally(new CtiConnectionException("not sent: " + notSent, notSent));
        }
        return result;
    }

    private HttpResponse<String> answered(HttpRequest request, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String what = cause instanceof HttpTimeoutException ? "no answer within " + timeout
                    : "no answer: " + cause;
            throw new CtiConnectionException(request.method() + " " + request.uri() + ": " + what, cause);
        }
        if (response.statusCode() / 100 != 2) {
            throw Problems.toException(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After"));
        }
        return response;
    }

    /** Lets go of the HTTP client: later requests fail at once. */
    void close() {
        http = null;
    }

    /** Opens an event stream; the caller reads and closes the body. Blocks until the answer's headers came. */
    HttpResponse<InputStream> openStream(String pathAndQuery, String lastEventId)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(pathAndQuery).timeout(timeout).header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = http;
        if (client == null) {
            throw new IOException("the session is closed");
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
