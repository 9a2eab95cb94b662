package org.ctios.web.events;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where one stream's events go: the client's connection, written without ever blocking the calling thread. A write
 * is attempted only while {@link #isReady()} is true; once it turns false the sink keeps what it was given and calls
 * back when the client has taken enough for the next write. That is the back pressure a stream's bounded queue
 * feels.
 */
public interface StreamSink {

    /**
     * Called once, before anything is written: {@code writable} runs when a write that {@link #isReady()} refused
     * becomes possible, {@code failed} when the connection fails or the client goes away.
     */
    void attach(Runnable writable, Consumer<Throwable> failed);

    /** Whether a write would go out now; false means wait for the {@code writable} callback. */
    boolean isReady();

    /** Writes one event; only after {@link #isReady()} answered true. */
    void send(StreamEvent event) throws IOException;

    /** An SSE comment line, keeping an idle connection alive; only after {@link #isReady()} answered true. */
    void heartbeat() throws IOException;

    /**
     * Sends what {@link #send} and {@link #heartbeat} handed over since the last flush, if the sink holds them back
     * to send several in one write.
     */
    default void flush() throws IOException {
        // a sink that writes each at once has nothing held back
    }

    boolean isClosed();

    /** Ends the response; the client sees the stream end (after the bytes already handed over, if it reads them). */
    void close();
}
