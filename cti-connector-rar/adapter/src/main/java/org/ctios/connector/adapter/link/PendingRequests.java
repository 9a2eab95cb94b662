package org.ctios.connector.adapter.link;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.protocol.InvokedMessage;

/**
 * The requests waiting for their confirmation, by InvokeID. A confirmation completes its request's future on the
 * link's reading thread; a request may also ask for a callback on that thread, to act on the answer in stream order.
 */
final class PendingRequests {

    private record Pending(CompletableFuture<InvokedMessage> future, Consumer<InvokedMessage> onReadThread) {
    }

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

    CompletableFuture<InvokedMessage> register(long invokeId, Consumer<InvokedMessage> onReadThread) {
        CompletableFuture<InvokedMessage> future = new CompletableFuture<>();
        pending.put(invokeId, new Pending(future, onReadThread));
        return future;
    }

    /** Completes the request the reply answers; false when no request waits for that InvokeID. */
    boolean complete(InvokedMessage reply) {
        Pending request = pending.remove(reply.invokeId());
        if (request == null) {
            return false;
        }
        if (request.onReadThread() != null) {
            request.onReadThread().accept(reply);
        }
        request.future().complete(reply);
        return true;
    }

    /** Forgets a request whose caller gave up waiting; a late confirmation is then ignored. */
    void forget(long invokeId) {
        pending.remove(invokeId);
    }

    /** Fails every waiting request: the link that would have answered them is gone. */
    void failAll(String reason) {
        for (Long invokeId : pending.keySet()) {
            Pending request = pending.remove(invokeId);
            if (request != null) {
                request.future().completeExceptionally(new CtiLinkDownException(reason));
            }
        }
    }

    int size() {
        return pending.size();
    }
}
