package org.ctios.web.problems;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes problem details straight to a servlet response, for the answers given outside JAX-RS (sign-in, the event
 * streams' servlet), where no exception mapper can: the same form as the REST API's, and committed, so that the
 * container adds no error page of its own.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /** Answers with the problem and these headers, replacing anything not yet sent. */
    public static void write(HttpServletResponse response, Problem problem, Map<String, String> headers) {
        byte[] body = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(problem.status());
        headers.forEach(response::setHeader);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("the " + problem.status() + " answer could not be written", e);
        }
    }

    /** 503 with Retry-After: the server cannot answer now. */
    public static void serverBusy(HttpServletResponse response, String detail, int retryAfterSeconds) {
        write(response, new Problem(ServerBusyMapper.TYPE, "Server busy", 503, detail),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }
}
