package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.inbound.LongRunningTask;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.LinkStatus;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.MessageReader;
import org.ctios.protocol.framing.MessageWriter;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.SystemEventId;

/**
 * The CTI Server link. {@link #run()} is its whole life and is meant to be the body of one long-running Work: it
 * connects to a side, opens a session, resynchronises, then reads until the session is lost, and starts over on the
 * other side, at once after a loss and then with growing delays. On its one reading thread it heartbeats, matches
 * confirmations to requests, and hands events to the {@link LinkListener} in stream order. {@link #request} sends
 * from any thread; {@link #stop} ends everything within a bounded time.
 */
public final class CtiLink implements LongRunningTask {

    private static final Logger LOG = Logger.getLogger(CtiLink.class.getName());
    private static final long ALL_PERIPHERALS = 0xFFFF_FFFFL;
    private static final long ALL_CALL_EVENTS = 0xFFFF_FFFFL;
    private static final int MISSED_HEARTBEATS_LIMIT = 3;
    /** How often the reading thread wakes up, at most, to heartbeat and to check for silence. */
    private static final int TICK_MILLIS = 200;

    private final LinkSettings settings;
    private final SocketFactory sockets;
    private final Clock clock;
    private final LinkListener listener;
    private final SnapshotListener snapshots;
    private final KnownDevices knownDevices;
    private final LinkStatusHolder status;
    private final PendingRequests pending = new PendingRequests();
    private final SkippedMessageLog skippedMessages = new SkippedMessageLog(LOG, Duration.ofMinutes(1));
    private final AtomicLong invokeIds = new AtomicLong();
    private final Random jitter = new Random();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile Socket socket;
    private volatile MessageWriter writer;
    private volatile boolean resyncRequested;
    /** Reading-thread state of the current session. */
    private Instant nextHeartbeat;
    private int unansweredHeartbeats;
    private Resync resync;
    /** A resynchronisation of the current session completed: the server is serving, not only accepting. */
    private boolean resynchronisedThisSession;
    private Instant currentTime;

    public CtiLink(LinkSettings settings, SocketFactory sockets, Clock clock, LinkListener listener,
                   SnapshotListener snapshots, KnownDevices knownDevices, LinkStatusHolder status) {
        this.settings = settings;
        this.sockets = sockets;
        this.clock = clock;
        this.listener = listener;
        this.snapshots = snapshots;
        this.knownDevices = knownDevices;
        this.status = status;
    }

    @Override
    public void run() {
        int sideIndex = 0;
        RetryPolicy retries = new RetryPolicy(settings.backoff(), settings.sides().size(), jitter);
        try {
            while (!isStopRequested()) {
                SideAddress side = settings.sides().get(sideIndex % settings.sides().size());
                boolean opened = false;
                RetryPolicy.Outcome outcome = RetryPolicy.Outcome.FAILED;
                String reason = "stopped";
                try {
                    opened = runSession(side);
                } catch (IOException | RuntimeException e) {
                    reason = "side " + side + ": " + e.getMessage();
                    if (!isStopRequested()) {
                        LOG.log(Level.WARNING, "CTI link " + reason, LOG.isLoggable(Level.FINE) ? e : null);
                    }
                } finally {
                    // A session that opened and then failed threw before runSession could say it had opened.
                    opened |= status.isConnected();
                    if (opened && lastedAHeartbeat(status.snapshot().connectedSince())) {
                        outcome = RetryPolicy.Outcome.STABLE;
                    } else if (opened && (resynchronisedThisSession
                            || resync != null && resync.finishedComplete())) {
                        outcome = RetryPolicy.Outcome.SERVED_BRIEFLY;
                    }
                    endSession(reason, opened);
                }
                sideIndex++;
                Duration delay = retries.after(outcome);
                if (!delay.isZero() && !isStopRequested()) {
                    LOG.info("CTI link: next attempt in " + delay.toMillis() + " ms on side "
                            + settings.sides().get(sideIndex % settings.sides().size()));
                }
                stopRequested.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private boolean lastedAHeartbeat(Instant openedAt) {
        return openedAt != null && !Duration.between(openedAt, clock.instant()).minus(settings.heartbeatInterval())
                .isNegative();
    }

    /** Connects, opens and reads until the session ends; true when the session had opened. */
    private boolean runSession(SideAddress side) throws IOException {
        resynchronisedThisSession = false;
        Socket connected = sockets.createSocket();
        socket = connected;
        if (isStopRequested()) {
            return false;
        }
        connected.connect(new InetSocketAddress(side.host(), side.port()), (int) settings.openTimeout().toMillis());
        connected.setTcpNoDelay(true);
        connected.setSoTimeout(TICK_MILLIS);
        MessageReader reader = new MessageReader(connected.getInputStream(), ProtocolVersion.V24);
        MessageWriter sessionWriter = new MessageWriter(connected.getOutputStream(), ProtocolVersion.V24);

        OpenConf open = openSession(side, reader, sessionWriter);
        currentTime = clock.instant();
        writer = sessionWriter;
        status.connected(side.label(), open.peripheralOnline());
        LOG.info("CTI link open on side " + side + ", peripheral " + (open.peripheralOnline() ? "online"
                : "offline"));
        listener.linkUp(side.label(), open, currentTime);
        nextHeartbeat = clock.instant().plus(settings.heartbeatInterval());
        unansweredHeartbeats = 0;
        startResync(side.label());
        readEvents(reader);
        return true;
    }

    private OpenConf openSession(SideAddress side, MessageReader reader, MessageWriter sessionWriter)
            throws IOException {
        long invokeId = nextInvokeId();
        sessionWriter.write(new OpenReq(invokeId, ProtocolVersion.V24.number(), settings.idleTimeoutSeconds(),
                ALL_PERIPHERALS, settings.serviceMask(), ALL_CALL_EVENTS, AgentState.allStatesMask(), 0, 0, 0, 0,
                settings.clientId(), ByteString.of(settings.clientPassword().getBytes(StandardCharsets.ISO_8859_1)),
                null, null, null, null, null));
        Instant deadline = clock.instant().plus(settings.openTimeout());
        while (clock.instant().isBefore(deadline)) {
            CtiMessage reply = readTicking(reader);
            if (reply instanceof OpenConf conf && conf.invokeId() == invokeId) {
                return conf;
            }
            if (reply instanceof FailureConf failure) {
                throw new LinkLostException("OPEN_REQ refused: " + FailureStatus.describe(failure.status()));
            }
        }
        throw new LinkLostException("no OPEN_CONF within " + settings.openTimeout());
    }

    private void readEvents(MessageReader reader) throws IOException {
        while (!isStopRequested()) {
            CtiMessage message = readTicking(reader);
            Instant now = clock.instant();
            currentTime = now;
            if (message != null) {
                handle(message, now);
            }
            tick(now);
        }
    }

    private void handle(CtiMessage message, Instant now) throws IOException {
        // Any message proves the server alive: a heartbeat's answer may wait behind events we were slow to read.
        unansweredHeartbeats = 0;
        if (message instanceof HeartbeatConf) {
            status.heartbeatAnswered();
        } else if (message instanceof FailureEvent failure) {
            throw new LinkLostException("FAILURE_EVENT " + FailureStatus.describe(failure.status()));
        } else if (message instanceof CloseReq close) {
            writer.write(new CloseConf(close.invokeId()));
            throw new LinkLostException("the CTI Server closed the session: " + FailureStatus.describe(close.status()));
        } else if (message instanceof InvokedMessage reply) {
            if (!pending.complete(reply)) {
                LOG.fine(() -> "CTI link: no request waits for " + reply);
            }
        } else {
            status.eventReceived();
            if (message instanceof SystemEvent system) {
                trackPeripheral(system);
            }
            listener.event(message, now);
        }
    }

    /**
     * Follows the peripheral (the ACD) going offline and back. While it was offline its agents and calls went on
     * without the CTI Server hearing of them, so a peripheral back online is read again, as after a reconnection.
     */
    private void trackPeripheral(SystemEvent event) {
        if (event.systemEventId() == SystemEventId.PERIPHERAL_OFFLINE.wire()) {
            status.peripheralOnline(false);
        } else if (event.systemEventId() == SystemEventId.PERIPHERAL_ONLINE.wire()) {
            boolean wasOffline = !status.snapshot().peripheralOnline();
            status.peripheralOnline(true);
            if (wasOffline) {
                requestResync();
            }
        }
    }

    /** Heartbeats when one is due, gives up on a silent server, and moves a resynchronisation on. */
    private void tick(Instant now) throws IOException {
        if (!now.isBefore(nextHeartbeat)) {
            if (unansweredHeartbeats >= MISSED_HEARTBEATS_LIMIT) {
                throw new LinkLostException(MISSED_HEARTBEATS_LIMIT + " heartbeats unanswered");
            }
            writer.write(new HeartbeatReq(nextInvokeId()));
            unansweredHeartbeats++;
            nextHeartbeat = now.plus(settings.heartbeatInterval());
        }
        if (resync != null) {
            resync.tick(now);
            if (resync.isFinished()) {
                resyncFinished();
            }
        }
        if (resyncRequested && resync == null) {
            startResync(status.snapshot().side());
        }
    }

    private void startResync(String side) throws IOException {
        resyncRequested = false;
        status.resynchronising(true);
        resync = new Resync(this, snapshots, settings.peripheralId(), settings.resyncWindow(),
                clock.instant().plus(settings.resyncTimeout()));
        resync.start(side, knownDevices.agentIds(), knownDevices.activeCalls());
        if (resync.isFinished()) {
            resyncFinished();
        }
    }

    private void resyncFinished() {
        resynchronisedThisSession |= resync.finishedComplete();
        resync = null;
        status.resynchronising(false);
    }

    /**
     * Keeps the session alive while the reading thread waits for a listener that cannot take more: sends the
     * heartbeats that fall due, without counting them as unanswered, since their answers wait unread behind events.
     */
    public void keepAlive() {
        Instant now = clock.instant();
        MessageWriter current = writer;
        if (current != null && !now.isBefore(nextHeartbeat)) {
            try {
                current.write(new HeartbeatReq(nextInvokeId()));
            } catch (IOException e) {
                LOG.fine(() -> "heartbeat while blocked failed: " + e.getMessage());
            }
            nextHeartbeat = now.plus(settings.heartbeatInterval());
        }
    }

    /** The next message, or {@code null} when a tick passed without one. */
    private CtiMessage readTicking(MessageReader reader) throws IOException {
        try {
            CtiMessage message = reader.read();
            if (message == null) {
                throw new LinkLostException("the CTI Server closed the connection");
            }
            return message;
        } catch (SocketTimeoutException tick) {
            return null;
        } catch (ProtocolException e) {
            if (e.reason().breaksFraming()) {
                throw e;
            }
            skippedMessages.skipped(e.getMessage(), clock.instant());
            return null;
        }
    }

    private void endSession(String reason, boolean wasOpen) {
        writer = null;
        resync = null;
        status.disconnected(reason);
        pending.failAll("CTI link lost: " + reason);
        closeSocket();
        if (wasOpen) {
            listener.linkDown(reason, clock.instant());
        }
    }

    // ---------------------------------------------------------------- requests

    /**
     * Sends a request, built with the InvokeID the link picks. Its reply's future completes with the CTI Server's
     * answer (a confirmation, FAILURE_CONF or CONTROL_FAILURE_CONF), or fails with {@link CtiLinkDownException} when
     * the link goes down first.
     *
     * @throws CtiLinkDownException     when no session is open: nothing was sent
     * @throws IllegalArgumentException when the request cannot be encoded (a value too long, a field missing)
     */
    public SentRequest request(LongFunction<? extends InvokedMessage> build) {
        MessageWriter current = writer;
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
            closeSocket();
            throw new CtiLinkDownException("the CTI link failed while sending: " + e.getMessage());
        }
        return new SentRequest(invokeId, reply);
    }

    /** Forgets a request whose caller stopped waiting for it. */
    public void abandon(long invokeId) {
        pending.forget(invokeId);
    }

    /** Sends a request from the reading thread; {@code onReply} runs on it when the answer arrives. */
    void sendOnReadThread(LongFunction<? extends InvokedMessage> build, Consumer<InvokedMessage> onReply)
            throws IOException {
        MessageWriter current = writer;
        if (current == null) {
            throw new IOException("the CTI link is down");
        }
        long invokeId = nextInvokeId();
        pending.register(invokeId, onReply);
        current.write(build.apply(invokeId));
    }

    /** Asks for a resynchronisation at the next tick, as when the first message endpoint becomes active. */
    public void requestResync() {
        resyncRequested = true;
    }

    /** The time of the message being handled, for events reported from the reading thread. */
    Instant currentTime() {
        return currentTime == null ? clock.instant() : currentTime;
    }

    private long nextInvokeId() {
        return invokeIds.incrementAndGet() & 0xFFFF_FFFFL;
    }

    private boolean isStopRequested() {
        return stopRequested.getCount() == 0;
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
        return finished.await(timeout, unit);
    }

    /**
     * Asks {@link #run()} to return, and returns at once. Closing the socket ends a read, a write or a connection
     * attempt in progress, and the wait before the next attempt ends too, so {@code run()} returns within a tick
     * unless its listener holds the reading thread (which the connector releases as well).
     */
    @Override
    public void release() {
        stopRequested.countDown();
        closeSocket();
    }

    private void closeSocket() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.fine(() -> "closing the CTI socket failed: " + e.getMessage());
            }
        }
    }
}
