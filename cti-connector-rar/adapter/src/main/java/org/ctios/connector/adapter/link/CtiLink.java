package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.tls.TlsClient;
import org.ctios.connector.adapter.work.LongRunningTask;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.LinkStatus;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.stream.MessageWriter;

/**
 * The CTI Server link. {@link #run()} is its whole life and is meant to be the body of one long-running Work: its
 * {@link LinkSupervisor} opens one {@link LinkSession} after another, on side A or B, each resynchronising and then
 * reading until it is lost. On its one reading thread a session heartbeats, matches confirmations to requests, and
 * hands events to the {@link LinkListener} in stream order. {@link #request} sends from any thread; {@link #stop}
 * ends everything within a bounded time. What outlives a session (the InvokeIDs, the requests waiting for an answer,
 * the status) is kept here.
 */
public final class CtiLink implements LongRunningTask {

    private static final Logger LOG = Logger.getLogger(CtiLink.class.getName());

    private final LinkSettings settings;
    private final SocketFactory sockets;
    /** Built once, stores read, when TLS is on; {@code null} for plain TCP. */
    private final TlsClient tls;
    private final Clock clock;
    private final LinkListener listener;
    private final SnapshotListener snapshots;
    private final KnownDevices knownDevices;
    private final LinkStatusHolder status;
    private final PendingRequests pending = new PendingRequests();
    private final SkippedMessageLog skippedMessages = new SkippedMessageLog(LOG, Duration.ofMinutes(1));
    private final AtomicLong invokeIds = new AtomicLong();
    private volatile LinkSupervisor supervisor;
    private final AtomicBoolean resyncRequested = new AtomicBoolean();

    /**
     * @throws org.ctios.connector.adapter.config.InvalidSettingException when a TLS store cannot be read or opened
     */
    public CtiLink(LinkSettings settings, SocketFactory sockets, Clock clock, LinkListener listener,
                   SnapshotListener snapshots, KnownDevices knownDevices, LinkStatusHolder status) {
        this.settings = settings;
        this.sockets = sockets;
        this.tls = settings.tls().enabled() ? TlsClient.of(settings.tls()) : null;
        this.clock = clock;
        this.listener = listener;
        this.snapshots = snapshots;
        this.knownDevices = knownDevices;
        this.status = status;
        this.supervisor = new LinkSupervisor(this, settings);
    }

    @Override
    public void run() {
        supervisor.run();
    }

    /**
     * Sends a request, built with the InvokeID the link picks. Its reply's future completes with the CTI Server's
     * answer (a confirmation, FAILURE_CONF or CONTROL_FAILURE_CONF), or fails with {@link CtiLinkDownException} when
     * the link goes down first.
     *
     * @throws CtiLinkDownException     when no session is open: nothing was sent
     * @throws IllegalArgumentException when the request cannot be encoded (a value too long, a field missing)
     */
    public SentRequest request(LongFunction<? extends InvokedMessage> build) {
        LinkSession session = supervisor.current();
        MessageWriter current = session == null ? null : session.writer();
        if (current == null) {
            throw new CtiLinkDownException("the CTI link is down");
        }
        long invokeId = nextInvokeId();
        CompletableFuture<InvokedMessage> reply = pending.register(invokeId, null);
        try {
            current.write(build.apply(invokeId));
        } catch (ProtocolException e) {
            // Encoding failed before a byte was written: the request is wrong, the link is fine.
            pending.forget(invokeId);
            throw new IllegalArgumentException("the request cannot be sent: " + e.getMessage(), e);
        } catch (IOException e) {
            pending.forget(invokeId);
            session.closeSocket();
            throw new CtiLinkDownException("the CTI link failed while sending: " + e.getMessage());
        }
        return new SentRequest(invokeId, reply);
    }

    /** Forgets a request whose caller stopped waiting for it. */
    public void abandon(long invokeId) {
        pending.forget(invokeId);
    }

    /**
     * Keeps the session alive while the reading thread waits for a listener that cannot take more: sends the
     * heartbeats that fall due, without counting them as unanswered, since their answers wait unread behind events.
     */
    public void keepAlive() {
        LinkSession session = supervisor.current();
        if (session != null) {
            session.keepAlive();
        }
    }

    /** Asks for a resynchronisation at the next tick, as when the first message endpoint becomes active. */
    public void requestResync() {
        resyncRequested.set(true);
    }

    /** True when a resynchronisation was asked for since the last call; a session about to resynchronise asks. */
    boolean takeResyncRequest() {
        return resyncRequested.getAndSet(false);
    }

    public LinkStatus status() {
        return status.snapshot();
    }

    public int pendingRequests() {
        return pending.size();
    }

    /**
     * Ends the link: closes the socket and waits for {@link #run()} to return.
     *
     * @return true when it returned within the timeout
     */
    public boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
        release();
        return supervisor.awaitFinished(timeout, unit);
    }

    /**
     * Asks {@link #run()} to return, and returns at once. Closing the socket ends a read, a write or a connection
     * attempt in progress, and the wait before the next attempt ends too, so {@code run()} returns within a tick
     * unless its listener holds the reading thread (which the connector releases as well).
     */
    @Override
    public void release() {
        supervisor.release();
    }

    /**
     * Makes a released link ready to {@link #run()} again, once its last run has returned: how a server of a cluster
     * holds the link again after it had to give it up.
     *
     * @return false when the last run did not return within the timeout (then nothing changed)
     */
    public boolean reset(long timeout, TimeUnit unit) throws InterruptedException {
        if (!supervisor.awaitFinished(timeout, unit)) {
            return false;
        }
        supervisor = new LinkSupervisor(this, settings);
        return true;
    }

    boolean isStopRequested() {
        return supervisor.isStopRequested();
    }

    long nextInvokeId() {
        return invokeIds.incrementAndGet() & 0xFFFF_FFFFL;
    }

    // What every session shares with the link.

    LinkSettings settings() {
        return settings;
    }

    SocketFactory sockets() {
        return sockets;
    }

    /** The TLS client, or {@code null} for plain TCP. */
    TlsClient tls() {
        return tls;
    }

    Clock clock() {
        return clock;
    }

    LinkListener listener() {
        return listener;
    }

    SnapshotListener snapshots() {
        return snapshots;
    }

    KnownDevices knownDevices() {
        return knownDevices;
    }

    LinkStatusHolder statusHolder() {
        return status;
    }

    PendingRequests pending() {
        return pending;
    }

    SkippedMessageLog skippedMessages() {
        return skippedMessages;
    }
}
