package org.ctios.web.events;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.concurrent.CompletionException;

/** A stream's client connection through JAX-RS SSE. */
final class SseStreamSink implements StreamSink {

    private final SseEventSink sink;
    private final Sse sse;

    SseStreamSink(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public void send(StreamEvent event) throws IOException {
        write(sse.newEventBuilder().id(String.valueOf(event.id())).name(event.name())
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, event.data()).build());
    }

    @Override
    public void heartbeat() throws IOException {
        write(sse.newEventBuilder().comment("heartbeat").build());
    }

    /** Jersey writes on the calling thread and reports a failed write in the returned stage. */
    private void write(OutboundSseEvent event) throws IOException {
        if (sink.isClosed()) {
            throw new IOException("the client's stream is closed");
        }
        try {
            sink.send(event).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw new IOException("writing to the client failed", e.getCause());
        }
    }

    @Override
    public boolean isClosed() {
        return sink.isClosed();
    }

    @Override
    public void close() {
        sink.close();
    }
}
