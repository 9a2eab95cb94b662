package org.ctios.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ctios.web.api.problems.Problem;

/**
 * 401 as problem details with the {@code WWW-Authenticate} challenge, written by the authentication mechanism
 * (outside JAX-RS, so no exception mapper can) and committed, so that the container adds no error page of its own.
 * A script's request ({@code X-Requested-With: XMLHttpRequest}, the convention of jQuery, Angular and Spring
 * Security) gets no challenge: a browser that sees one shows its own Basic sign-in dialog over the page's form.
 */
final class UnauthenticatedAnswer {

    /** The problem type of every missing or wrong credential. */
    static final String TYPE = "urn:ctios:problem:unauthenticated";
    /** The header, and its value, by which a page's script says it signs in with a form of its own. */
    static final String REQUESTED_WITH = "X-Requested-With";
    static final String XML_HTTP_REQUEST = "XMLHttpRequest";

    private UnauthenticatedAnswer() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String detail) {
        byte[] body = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("title", "Unauthenticated")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", detail)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (challenges(request.getHeader(REQUESTED_WITH))) {
            response.setHeader("WWW-Authenticate", CallerCredentials.CHALLENGE);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("the 401 answer could not be written", e);
        }
    }

    /** Whether the answer challenges the client: unless a script says it asked ({@code XMLHttpRequest}). */
    static boolean challenges(String requestedWith) {
        return requestedWith == null || !requestedWith.strip().equalsIgnoreCase(XML_HTTP_REQUEST);
    }
}
