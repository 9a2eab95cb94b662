package org.ctios.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ProblemWriter;

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
        send(request, response, detail, CallerCredentials.CHALLENGE);
    }

    /** With a challenge of its own: a refused bearer token's ({@code Bearer error="invalid_token"}, RFC 6750). */
    static void send(HttpServletRequest request, HttpServletResponse response, String detail, String challenge) {
        ProblemWriter.write(response, new Problem(TYPE, "Unauthenticated", HttpServletResponse.SC_UNAUTHORIZED,
                detail), challenges(request.getHeader(REQUESTED_WITH))
                ? Map.of("WWW-Authenticate", challenge) : Map.of());
    }

    /** Whether the answer challenges the client: unless a script says it asked ({@code XMLHttpRequest}). */
    static boolean challenges(String requestedWith) {
        return requestedWith == null || !requestedWith.strip().equalsIgnoreCase(XML_HTTP_REQUEST);
    }
}
