package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocket;
import org.ctios.connector.adapter.tls.TlsClient;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.stream.MessageReader;
import org.ctios.protocol.stream.MessageWriter;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.SystemEventId;

/**
 * One session with one side of the CTI Server: connect, OPEN_REQ, resynchronise, then read until the session is
 * lost, heartbeating and moving the resynchronisation on between reads; then close. Everything but
 * {@link #writer}, {@link #keepAlive} and {@link #closeSocket} runs on the link's reading thread; a new session
 * starts with fresh state, so nothing of a lost one (its heartbeats, its resynchronisation) leaks into the next.
 */
final class LinkSession {

    private static final Logger LOG = Logger.getLogger(LinkSession.class.getName());
    private static final long ALL_PERIPHERALS = 0xFFFF_FFFFL;
    private static final long ALL_CALL_EVENTS = 0xFFFF_FFFFL;
    private static final int MISSED_HEARTBEATS_LIMIT = 3;
    /** How often the reading thread wakes up, at most, to heartbeat and to check for silence. */
    private static final int TICK_MILLIS = 200;

    private final SideAddress side;
    private final CtiLink link;
    private final LinkSettings settings;
    private volatile Socket socket;
    /** Set once the session is open: requests from other threads may be sent from then on. */
    private volatile MessageWriter writer;
    private volatile Instant nextHeartbeat;
    /** Reading-thread state. */
    private Instant openedAt;
    private int unansweredHeartbeats;
    private Resync resync;
    /** A session's team monitors end with it: the next session starts its own. */
    private final Map<Long, Long> teamMonitors = new HashMap<>();
    /** A resynchronisation of this session completed: the server is serving, not only accepting. */
    private boolean resynchronised;
    private Instant currentTime;

    LinkSession(SideAddress side, CtiLink link) {
        this.side = side;
        this.link = link;
        this.settings = link.settings();
    }

    SideAddress side() {
        return side;
    }

    /** Connects, opens and reads until the session ends, by an exception, or by the link stopping. */
    void run() throws IOException {
        Socket connected = link.sockets().createSocket();
        socket = connected;
        if (link.isStopRequested()) {
            return;
        }
        connected.connect(new InetSocketAddress(side.host(), side.port()), (int) settings.openTimeout().toMillis());
        connected.setTcpNoDelay(true);
        connected.setSoTimeout(TICK_MILLIS);
        TlsClient tls = link.tls();
        SSLSocket secured = null;
        if (tls != null) {
            secured = tls.secure(connected, side.host(), side.port(), settings.openTimeout());
            connected = secured;
            socket = secured;
        }
        MessageReader reader = new MessageReader(connected.getInputStream(), ProtocolVersion.V24);
        MessageWriter sessionWriter = new MessageWriter(connected.getOutputStream(), ProtocolVersion.V24);

        OpenConf open;
        try {
            open = open(reader, sessionWriter);
        } catch (LinkLostException | ProtocolException e) {
            // The server answered: whatever went wrong, the TLS session was not it.
            throw e;
        } catch (IOException e) {
            throw secured == null ? e : tls.failureBeforeFirstAnswer(secured, e, settings.openTimeout());
        }
        openedAt = link.clock().instant();
        currentTime = openedAt;
        nextHeartbeat = openedAt.plus(settings.heartbeatInterval());
        writer = sessionWriter;
        link.statusHolder().connected(side.label(), open.peripheralOnline());
        LOG.info("CTI link open on side " + side + ", peripheral " + (open.peripheralOnline() ? "online"
                : "offline"));
        link.listener().linkUp(side.label(), open, currentTime);
        startResync();
        readEvents(reader);
    }

    private OpenConf open(MessageReader reader, MessageWriter sessionWriter) throws IOException {
        long invokeId = link.nextInvokeId();
        sessionWriter.write(new OpenReq(invokeId, ProtocolVersion.V24.number(), settings.idleTimeoutSeconds(),
                ALL_PERIPHERALS, settings.serviceMask(), ALL_CALL_EVENTS, AgentState.allStatesMask(), 0, 0, 0, 0,
                settings.clientId(), ByteString.of(settings.clientPassword().getBytes(StandardCharsets.ISO_8859_1)),
                null, null, null, null, null));
        Instant deadline = link.clock().instant().plus(settings.openTimeout());
        while (link.clock().instant().isBefore(deadline)) {
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
        while (!link.isStopRequested()) {
            CtiMessage message = readTicking(reader);
            Instant now = link.clock().instant();
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
            link.statusHolder().heartbeatAnswered();
        } else if (message instanceof FailureEvent failure) {
            throw new LinkLostException("FAILURE_EVENT " + FailureStatus.describe(failure.status()));
        } else if (message instanceof CloseReq close) {
            writer.write(new CloseConf(close.invokeId()));
            throw new LinkLostException("the CTI Server closed the session: " + FailureStatus.describe(close.status()));
        } else if (message instanceof InvokedMessage reply) {
            if (!link.pending().complete(reply)) {
                LOG.fine(() -> "CTI link: no request waits for " + reply);
            }
        } else {
            link.statusHolder().eventReceived();
            if (message instanceof SystemEvent system) {
                trackPeripheral(system);
            }
            link.listener().event(message, now);
        }
    }

    /**
     * Follows the peripheral (the ACD) going offline and back. While it was offline its agents and calls went on
     * without the CTI Server hearing of them, so a peripheral back online is read again, as after a reconnection.
     */
    private void trackPeripheral(SystemEvent event) {
        LinkStatusHolder status = link.statusHolder();
        if (event.systemEventId() == SystemEventId.PERIPHERAL_OFFLINE.wire()) {
            status.peripheralOnline(false);
        } else if (event.systemEventId() == SystemEventId.PERIPHERAL_ONLINE.wire()) {
            boolean wasOffline = !status.snapshot().peripheralOnline();
            status.peripheralOnline(true);
            if (wasOffline) {
                link.requestResync();
            }
        }
    }

    /** Heartbeats when one is due, gives up on a silent server, and moves a resynchronisation on. */
    private void tick(Instant now) throws IOException {
        if (!now.isBefore(nextHeartbeat)) {
            if (unansweredHeartbeats >= MISSED_HEARTBEATS_LIMIT) {
                throw new LinkLostException(MISSED_HEARTBEATS_LIMIT + " heartbeats unanswered");
            }
            writer.write(new HeartbeatReq(link.nextInvokeId()));
            unansweredHeartbeats++;
            nextHeartbeat = now.plus(settings.heartbeatInterval());
        }
        if (resync != null) {
            resync.tick(now);
            if (resync.isFinished()) {
                resyncFinished();
            }
        }
        if (resync == null && link.takeResyncRequest()) {
            startResync();
        }
    }

    private void startResync() throws IOException {
        link.takeResyncRequest();
        link.statusHolder().resynchronising(true);
        resync = new Resync(this, link.snapshots(), settings, link.clock().instant());
        resync.start(side.label(), link.knownDevices().agentIds(), link.knownDevices().activeCalls());
        if (resync.isFinished()) {
            resyncFinished();
        }
    }

    private void resyncFinished() {
        resynchronised |= resync.finishedComplete();
        resync = null;
        link.statusHolder().resynchronising(false);
    }

    /**
     * Keeps the session alive while the reading thread waits for a listener that cannot take more: sends the
     * heartbeats that fall due, without counting them as unanswered, since their answers wait unread behind events.
     */
    void keepAlive() {
        Instant now = link.clock().instant();
        MessageWriter current = writer;
        if (current != null && !now.isBefore(nextHeartbeat)) {
            try {
                current.write(new HeartbeatReq(link.nextInvokeId()));
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
            link.skippedMessages().skipped(e.getMessage(), link.clock().instant());
            return null;
        }
    }

    /** True when the session opened, whether or not it is still open. */
    boolean opened() {
        return openedAt != null;
    }

    /** The session lasted at least a heartbeat interval. */
    boolean lastedAHeartbeat() {
        return opened() && !Duration.between(openedAt, link.clock().instant())
                .minus(settings.heartbeatInterval()).isNegative();
    }

    /** The session answered a whole snapshot: the server was serving, not only accepting. */
    boolean servedASnapshot() {
        return resynchronised || resync != null && resync.finishedComplete();
    }

    /** Ends the session: fails the requests waiting for an answer, closes the socket, tells the listener. */
    void close(String reason) {
        writer = null;
        resync = null;
        link.statusHolder().disconnected(reason);
        link.pending().failAll("CTI link lost: " + reason);
        closeSocket();
        if (opened()) {
            link.listener().linkDown(reason, link.clock().instant());
        }
    }

    /** Closes the socket, from any thread: ends a connection attempt, a read or a write in progress. */
    void closeSocket() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.fine(() -> "closing the CTI socket failed: " + e.getMessage());
            }
        }
    }

    /** The writer of the open session, or {@code null} before it opened and after it ended. */
    MessageWriter writer() {
        return writer;
    }

    /** Sends a request from the reading thread; {@code onReply} runs on it when the answer arrives. */
    void sendOnReadThread(LongFunction<? extends InvokedMessage> build, Consumer<InvokedMessage> onReply)
            throws IOException {
        MessageWriter current = writer;
        if (current == null) {
            throw new IOException("the CTI link is down");
        }
        long invokeId = link.nextInvokeId();
        link.pending().register(invokeId, onReply);
        current.write(build.apply(invokeId));
    }

    /** Waits for a further reply of the same InvokeID (a list in several confirmations), on the reading thread. */
    void expectMore(long invokeId, Consumer<InvokedMessage> onReply) {
        link.pending().register(invokeId, onReply);
    }

    /** The team monitors this session started, MonitorID by team; touched on the reading thread only. */
    Map<Long, Long> teamMonitors() {
        return teamMonitors;
    }

    /** The time of the message being handled, for events reported from the reading thread. */
    Instant currentTime() {
        return currentTime == null ? link.clock().instant() : currentTime;
    }
}
