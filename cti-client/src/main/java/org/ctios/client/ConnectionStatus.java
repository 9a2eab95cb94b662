package org.ctios.client;

/** The session's event stream. */
public enum ConnectionStatus {
    /** Opening the stream. */
    CONNECTING,
    /** The stream is open: the session's objects follow the server. */
    OPEN,
    /** The stream broke or was refused for now; the session tries again after its backoff. */
    RECONNECTING,
    /** The server refused the stream for good (bad credentials, no such agent, not allowed): no more attempts. */
    FAILED,
    /** {@link CtiSession#close()} was called. */
    CLOSED
}
