package org.ctios.web.events;

import java.io.IOException;

/** Where one stream's events go: the client's connection. Calls may block while the client does not read. */
public interface StreamSink {

    void send(StreamEvent event) throws IOException;

    /** An SSE comment line: keeps an idle connection alive and finds out that a client is gone. */
    void heartbeat() throws IOException;

    boolean isClosed();

    void close();
}
