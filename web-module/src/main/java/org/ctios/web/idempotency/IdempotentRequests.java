package org.ctios.web.idempotency;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ValidationProblem;

/**
 * Honours the {@code Idempotency-Key} request header (IETF draft "The Idempotency-Key HTTP Header Field") on the
 * {@link Idempotent} control operations, so that a desktop or CRM retrying after a timeout does not dial twice.
 * Per account, for {@code ctios.api.idempotency.retention} ({@link IdempotencyKeys}):
 * <ul>
 *   <li>the first request with a key is carried out, and its answer kept ({@link Outcome#worthReplaying});</li>
 *   <li>the same request again (same method, path and body) is answered with that answer, status, body,
 *       {@code Location} and {@code Retry-After}, plus {@code Idempotent-Replayed: true}; nothing is sent to the
 *       CTI Server;</li>
 *   <li>another request with the key: 422 {@value #KEY_REUSED};</li>
 *   <li>the same request while the first is still carried out: 409 {@value #IN_PROGRESS} with Retry-After;</li>
 *   <li>a key that is not 1 to 255 visible ASCII characters, or more than one key: 400
 *       {@code urn:ctios:problem:validation}.</li>
 * </ul>
 * A request without the header is served as before. In a cluster it runs on the CTI link's holder, after
 * {@code LinkHolderForwarding} (which forwards the header): the key is honoured where the request is carried out,
 * whichever server the client reached.
 */
@Provider
@Idempotent
@Priority(Priorities.USER + 100)
@ApplicationScoped
public class IdempotentRequests implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Says that an answer is the one kept for the key, not a new one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The header's description in the OpenAPI document. */
    public static final String DESCRIPTION = "A key the client chooses for this request (1 to 255 visible ASCII "
            + "characters, such as a UUID) and sends again, unchanged, when it retries it (after a timeout, a 504, a "
            + "lost connection). The same key from the same account within ctios.api.idempotency.retention (24 h) "
            + "answers the first request's answer again (with Idempotent-Replayed: true) and sends nothing more to "
            + "the CTI Server; with another method, path or body it is 422 (urn:ctios:problem:idempotency-key-reused)"
            + "; while the first is still carried out, 409 (urn:ctios:problem:idempotency-request-in-progress) with "
            + "Retry-After. A 503 or 429 answer is not kept: its retry is carried out. Kept in memory on the server "
            + "holding the CTI link.";
    static final String KEY_REUSED = "urn:ctios:problem:idempotency-key-reused";
    static final String IN_PROGRESS = "urn:ctios:problem:idempotency-request-in-progress";
    static final int MAX_KEY_LENGTH = 255;
    /** Seconds: a control request is answered within seconds. */
    static final String RETRY_AFTER_SECONDS = "1";
    /** Bodies above this are left to the body limit's 413, unkeyed (ctios.api.max-body-bytes is far below). */
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final String TICKET = IdempotentRequests.class.getName() + ".ticket";

    @Inject
    private IdempotencyKeys keys;

    /** For CDI. */
    public IdempotentRequests() {
    }

    IdempotentRequests(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** What the filter makes of a request: go ahead (and report the answer with the ticket), or answer at once. */
    record Admission(IdempotencyKeys.Ticket ticket, Outcome answer) {

        static final Admission PASS = new Admission(null, null);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (values == null || values.isEmpty() || caller == null) {
            return;
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            InputStream stream = request.getEntityStream();
            body = stream.readNBytes(MAX_BODY_BYTES + 1);
            request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(body), stream));
        }
        if (body.length > MAX_BODY_BYTES) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Admission admission = admit(caller.getName(), values, request.getMethod(), pathAndQuery, body);
        if (admission.ticket() != null) {
            request.setProperty(TICKET, admission.ticket());
        } else if (admission.answer() != null) {
            request.abortWith(admission.answer().toResponse());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TICKET) instanceof IdempotencyKeys.Ticket ticket)) {
            return;
        }
        request.removeProperty(TICKET);
        Map<String, String> headers = new LinkedHashMap<>();
        URI location = response.getLocation();
        if (location != null) {
            headers.put(HttpHeaders.LOCATION, location.toString());
        }
        String retryAfter = response.getHeaderString("Retry-After");
        if (retryAfter != null) {
            headers.put("Retry-After", retryAfter);
        }
        answered(ticket, new Outcome(response.getStatus(), response.getEntity(), response.getEntityType(),
                response.getMediaType() == null ? null : response.getMediaType().toString(), headers));
    }

    /**
     * The rules, without the JAX-RS runtime: what to do with a request of an account with these
     * {@code Idempotency-Key} header values (none: served as before).
     */
    Admission admit(String account, List<String> keyValues, String method, String pathAndQuery, byte[] body) {
        if (keyValues == null || keyValues.isEmpty()) {
            return Admission.PASS;
        }
        if (keyValues.size() > 1) {
            return new Admission(null, invalidKey("must be given once"));
        }
        String key = keyValues.get(0);
        if (!valid(key)) {
            return new Admission(null, invalidKey("must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters"));
        }
        IdempotencyKeys.Claim claim = keys.claim(account, key, keys.fingerprint(method, pathAndQuery, body));
        return switch (claim.verdict()) {
            case FIRST -> new Admission(claim.ticket(), null);
            case REPLAY -> new Admission(null, claim.outcome().with(REPLAYED, "true"));
            case IN_PROGRESS -> new Admission(null, problem(new Problem(IN_PROGRESS, "Request in progress", 409,
                    "the first request with this Idempotency-Key is still being carried out; retry it once that "
                            + "is answered")).with("Retry-After", RETRY_AFTER_SECONDS));
            case REUSED -> new Admission(null, problem(new Problem(KEY_REUSED, "Idempotency key reused", 422,
                    "this Idempotency-Key was used for another request (method, path or body); a new request "
                            + "needs a new key")));
        };
    }

    /** Keeps the answer to a key's first request for its retries, or forgets the key when it is not worth it. */
    void answered(IdempotencyKeys.Ticket ticket, Outcome outcome) {
        if (Outcome.worthReplaying(outcome.status())) {
            keys.complete(ticket, outcome);
        } else {
            keys.release(ticket);
        }
    }

    /** 1 to 255 visible ASCII characters (the draft's quoted form counts with its quotes). */
    static boolean valid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    private static Outcome invalidKey(String message) {
        ValidationProblem problem = ValidationProblem.of(List.of(new ValidationProblem.FieldError(HEADER, message)));
        return new Outcome(problem.status(), problem, null, Problem.MEDIA_TYPE, Map.of());
    }

    private static Outcome problem(Problem problem) {
        return new Outcome(problem.status(), problem, null, Problem.MEDIA_TYPE, Map.of());
    }
}
