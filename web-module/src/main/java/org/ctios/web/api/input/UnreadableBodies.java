package org.ctios.web.api.input;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns a body the JSON binding cannot read into a 400 that says where the JSON breaks, instead of the runtime's
 * {@link ProcessingException} (which would be a 500) or its bare 400 for an empty body: the parser's own message
 * stays in the cause, since it names the application's classes.
 */
@Provider
@Priority(Priorities.USER)
public class UnreadableBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (NoContentException e) {
            throw new UnreadableBodyException("a JSON body is required", e);
        } catch (ProcessingException | JsonbException | JsonException e) {
            throw new UnreadableBodyException(describe(e), e);
        }
    }

    /** What is wrong with the body, for the client: where the JSON breaks, or that a value does not fit. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                JsonLocation at = parsing.getLocation();
                return "the body is not well-formed JSON (at line " + at.getLineNumber() + ", column "
                        + at.getColumnNumber() + ")";
            }
        }
        return "the body is not the JSON this operation takes: a value has the wrong type or form";
    }
}
