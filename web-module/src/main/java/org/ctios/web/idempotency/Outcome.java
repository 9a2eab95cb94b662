package org.ctios.web.idempotency;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer as it is kept for the retries of its request, and as the filter answers by itself: the status, the
 * entity (the representation or problem the resource answered with, immutable records, written again on a replay),
 * its media type, and the headers that matter to a client ({@code Location}, {@code Retry-After}). Built without
 * the JAX-RS runtime, so that the rules can be tested on their own; {@link #toResponse()} needs it.
 *
 * @param entity     {@code null} for none (204)
 * @param entityType the entity's generic type, as the resource declared it; {@code null} for its class
 * @param mediaType  {@code null} when the answer has no body
 */
public record Outcome(int status, Object entity, Type entityType, String mediaType, Map<String, String> headers) {

    public Outcome {
        headers = Map.copyOf(headers);
    }

    /** The same answer with one more header. */
    Outcome with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Outcome(status, entity, entityType, mediaType, more);
    }

    /**
     * Whether an answer is kept for the retries: every final answer, 2xx and 4xx, and 504 and 500 too, whose request
     * may have reached the CTI Server (a 504 means it did not confirm in time: a retry must not dial again). Not kept:
     * 503 and 429, which say that nothing was done and when to try again (link down, link changing hands, server
     * busy): the retry with the same key is then carried out.
     */
    static boolean worthReplaying(int status) {
        return status != 503 && status != 429;
    }

    Response toResponse() {
        Response.ResponseBuilder answer = Response.status(status);
        if (entity != null) {
            answer.entity(entityType == null ? entity : new GenericEntity<>(entity, entityType));
        }
        if (mediaType != null) {
            answer.type(mediaType);
        }
        headers.forEach(answer::header);
        return answer.build();
    }
}
