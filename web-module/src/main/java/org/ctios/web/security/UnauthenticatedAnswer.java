package org.ctios.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ctios.web.api.problems.Problem;

/**
 * 401 as problem details with the {@code WWW-Authenticate} challenge, written by the authentication mechanism
 * (outside JAX-RS, so no exception mapper can) and committed, so that the container adds no error page of its own.
 */
final class UnauthenticatedAnswer {

    /** The problem type of every missing or wrong credential. */
    static final String TYPE = "urn:ctios:problem:unauthenticated";

    private UnauthenticatedAnswer() {
    }

    static void send(HttpServletResponse response, String detail) {
        byte[] body = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("title", "Unauthenticated")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", detail)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CallerCredentials.CHALLENGE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("the 401 answer could not be written", e);
        }
    }
}
