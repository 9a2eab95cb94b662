package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The parts of the CTI OS REST API the benchmark reads, on loopback; every request bounded. */
final class CtiosApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** The system endpoints are for admins: the demo admin account unless -Dctios.benchmark.credentials=user:pw. */
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            System.getProperty("ctios.benchmark.credentials", "admin:admin").getBytes(StandardCharsets.UTF_8));

    // HTTP/1.1, as every test client: no h2c upgrade offered to Payara on each new connection (web-module README).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI system;
    private final URI applyStatistics;
    private final URI agents;
    private final URI calls;
    private final URI metrics;

    CtiosApi(int port) {
        URI base = URI.create("http://127.0.0.1:" + port + "/cti/api/");
        this.system = base.resolve("system");
        this.applyStatistics = base.resolve("system/apply-statistics");
        this.agents = base.resolve("agents");
        this.calls = base.resolve("calls");
        this.metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
    }

    /** The CTI link's status, or empty while the application does not answer (still deploying). */
    Optional<LinkState> linkState() throws InterruptedException {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(system).GET());
            return response.statusCode() == 200 ? Optional.of(LinkState.of(json.readTree(response.body())))
                    : Optional.empty();
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    /** {@code GET /cti/api/agents}: every agent as stored. */
    JsonNode agents() throws IOException, InterruptedException {
        return list(agents);
    }

    /** {@code GET /cti/api/calls}: the calls in progress as stored. */
    JsonNode calls() throws IOException, InterruptedException {
        return list(calls);
    }

    private JsonNode list(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** {@code GET /metrics} (at the server's root): MicroProfile Metrics in the Prometheus text format. */
    String metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(REQUEST_TIMEOUT)
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + metrics + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Whether the application has the apply statistics endpoint (answers 200 to GET). */
    boolean hasApplyStatistics() throws InterruptedException {
        try {
            return send(HttpRequest.newBuilder(applyStatistics).GET()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The figures since the last reset. */
    ApplyFigures applyStatistics() throws IOException, InterruptedException {
        return figures(send(HttpRequest.newBuilder(applyStatistics).GET()));
    }

    /** Closes the statistics' interval and starts a new one; returns the closed interval's figures. */
    ApplyFigures resetApplyStatistics() throws IOException, InterruptedException {
        return figures(send(HttpRequest.newBuilder(applyStatistics).DELETE()));
    }

    private ApplyFigures figures(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.request().method() + " " + applyStatistics + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return ApplyFigures.of(body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(REQUEST_TIMEOUT).header("Accept", "application/json")
                        .header("Authorization", AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
