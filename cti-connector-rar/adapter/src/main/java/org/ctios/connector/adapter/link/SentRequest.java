package org.ctios.connector.adapter.link;

import java.util.concurrent.CompletableFuture;
import org.ctios.protocol.InvokedMessage;

/** A request on its way: the InvokeID it was sent with, and its answer to come. */
public record SentRequest(long invokeId, CompletableFuture<InvokedMessage> reply) {
}
