package org.ctios.web.api.input;

/** A request body longer than the API takes ({@link RequestBodyLimit}): answered 413. */
public class RequestBodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestBodyTooLargeException(int maxBytes) {
        super("the request body is longer than " + maxBytes + " bytes, the most this API takes ("
                + RequestBodyLimit.MAX_BODY_BYTES + ")");
    }
}
