package org.ctios.web.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body longer than {@code ctios.api.max-body-bytes} with 413 before it is parsed: the API's bodies
 * are a few kilobytes, and a body of megabytes would only cost the server memory and time. A declared
 * {@code Content-Length} over the limit is refused without reading; a body sent without one (chunked) is read up to
 * one byte past the limit.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimit implements ReaderInterceptor {

    /** MicroProfile Config key of the limit, in bytes. */
    public static final String MAX_BODY_BYTES = "ctios.api.max-body-bytes";
    static final int DEFAULT_MAX_BODY_BYTES = 65_536;

    private final int maxBytes;

    /** For the JAX-RS runtime: the limit from MicroProfile Config. */
    public RequestBodyLimit() {
        this(ConfigProvider.getConfig().getOptionalValue(MAX_BODY_BYTES, Integer.class)
                .orElse(DEFAULT_MAX_BODY_BYTES));
    }

    RequestBodyLimit(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(MAX_BODY_BYTES + " must be at least 1, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBytes) {
            throw new RequestBodyTooLargeException(maxBytes);
        }
        byte[] body = context.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new RequestBodyTooLargeException(maxBytes);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The declared length; one the container let through unparsed counts as none (the bytes are counted). */
    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
