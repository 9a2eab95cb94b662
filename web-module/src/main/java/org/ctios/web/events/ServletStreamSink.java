package org.ctios.web.events;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A stream's client connection through Servlet non-blocking output: {@link #isReady()} is the output stream's, and
 * {@link WriteListener#onWritePossible()} wakes the stream's writer. The container holds at most what one ready
 * write handed it, so a client that does not read makes {@code isReady()} false and its events wait in the stream's
 * bounded queue instead of in the server's buffers.
 */
final class ServletStreamSink implements StreamSink {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** What the writer sent in its current turn; only the one writer that owns the sink touches it. */
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(8_192);

    ServletStreamSink(AsyncContext async) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
    }

    @Override
    public void attach(Runnable writable, Consumer<Throwable> failed) {
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                if (closed.compareAndSet(false, true)) {
                    failed.accept(new IOException("the container completed the response"));
                }
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                failed.accept(new IOException("the response timed out"));
            }

            @Override
            public void onError(AsyncEvent event) {
                failed.accept(event.getThrowable());
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        out.setWriteListener(new WriteListener() {
            @Override
            public void onWritePossible() {
                writable.run();
            }

            @Override
            public void onError(Throwable failure) {
                failed.accept(failure);
            }
        });
    }

    @Override
    public boolean isReady() {
        return !closed.get() && out.isReady();
    }

    @Override
    public void send(StreamEvent event) throws IOException {
        hold(event.wire());
    }

    @Override
    public void heartbeat() throws IOException {
        hold(SseFormat.heartbeat());
    }

    /**
     * Keeps the bytes for the writer's next flush: the events a writer sends in one turn (at most a batch, each
     * after {@code isReady()} answered true) go out in one write and one flush, instead of one system call each.
     */
    private void hold(byte[] bytes) throws IOException {
        if (closed.get()) {
            throw new IOException("the client's stream is closed");
        }
        held.write(bytes);
    }

    /** One write and its flush for what was held: it goes out now, and the next isReady() tells if it went. */
    @Override
    public void flush() throws IOException {
        if (held.size() == 0) {
            return;
        }
        if (closed.get()) {
            held.reset();
            throw new IOException("the client's stream is closed");
        }
        byte[] bytes = held.toByteArray();
        held.reset();
        out.write(bytes);
        out.flush();
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                async.complete();
            } catch (IllegalStateException alreadyCompleted) {
                // the container ended the response first (the client went away)
            }
        }
    }
}
