package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.ctios.connector.api.LinkStatus;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.MessageReader;
import org.ctios.protocol.framing.MessageWriter;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.FailureStatus;

/**
 * The CTI Server link: connects, opens a session, heartbeats and reads events until told to stop, and starts over
 * after every loss. {@link #run()} is the whole life of the link and is meant to be the body of one long-running
 * Work; {@link #stop()} ends it within a bounded time from any thread.
 */
public final class CtiLink implements Runnable {

    private static final Logger LOG = Logger.getLogger(CtiLink.class.getName());
    private static final long ALL_PERIPHERALS = 0xFFFF_FFFFL;
    private static final long ALL_CALL_EVENTS = 0xFFFF_FFFFL;
    private static final int MISSED_HEARTBEATS_LIMIT = 3;
    /** How often the read loop wakes up, at most, to send heartbeats and check for silence. */
    private static final int TICK_MILLIS = 250;

    private final LinkSettings settings;
    private final SocketFactory sockets;
    private final Clock clock;
    private final MessageSink sink;
    private final LinkStatusHolder status;
    private final AtomicLong invokeIds = new AtomicLong();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Socket socket;

    public CtiLink(LinkSettings settings, SocketFactory sockets, Clock clock, MessageSink sink) {
        this.settings = settings;
        this.sockets = sockets;
        this.clock = clock;
        this.sink = sink;
        this.status = new LinkStatusHolder(clock);
    }

    @Override
    public void run() {
        try {
            while (!isStopRequested()) {
                try {
                    runSession();
                } catch (IOException | RuntimeException e) {
                    if (!isStopRequested()) {
                        LOG.log(Level.WARNING, "CTI link to " + settings.host() + ":" + settings.port()
                                + " lost: " + e.getMessage() + "; reconnecting in " + settings.reconnectDelay(),
                                LOG.isLoggable(Level.FINE) ? e : null);
                    }
                } finally {
                    status.disconnected();
                    closeSocket();
                }
                stopRequested.await(settings.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private void runSession() throws IOException {
        Socket connected = sockets.createSocket();
        socket = connected;
        if (isStopRequested()) {
            return;
        }
        connected.connect(new InetSocketAddress(settings.host(), settings.port()),
                (int) settings.openTimeout().toMillis());
        connected.setTcpNoDelay(true);
        connected.setSoTimeout(TICK_MILLIS);
        InputStream in = connected.getInputStream();
        OutputStream out = connected.getOutputStream();
        MessageReader reader = new MessageReader(in, ProtocolVersion.V24);
        MessageWriter writer = new MessageWriter(out, ProtocolVersion.V24);

        OpenConf open = openSession(reader, writer);
        status.connected("A", open.peripheralOnline());
        LOG.info("CTI link open to " + settings.host() + ":" + settings.port() + " (peripheral online: "
                + open.peripheralOnline() + ")");
        readEvents(reader, writer);
    }

    private OpenConf openSession(MessageReader reader, MessageWriter writer) throws IOException {
        long invokeId = nextInvokeId();
        writer.write(new OpenReq(invokeId, ProtocolVersion.V24.number(), settings.idleTimeoutSeconds(),
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

    private void readEvents(MessageReader reader, MessageWriter writer) throws IOException {
        Instant nextHeartbeat = clock.instant().plus(settings.heartbeatInterval());
        int unansweredHeartbeats = 0;
        while (!isStopRequested()) {
            CtiMessage message = readTicking(reader);
            if (message instanceof HeartbeatConf) {
                unansweredHeartbeats = 0;
                status.heartbeatAnswered();
            } else if (message instanceof FailureEvent failure) {
                throw new LinkLostException("FAILURE_EVENT " + FailureStatus.describe(failure.status()));
            } else if (message instanceof CloseReq close) {
                throw new LinkLostException("CTI Server closed the session: " + FailureStatus.describe(close.status()));
            } else if (message != null) {
                status.eventReceived();
                sink.accept(message);
            }
            Instant now = clock.instant();
            if (!now.isBefore(nextHeartbeat)) {
                if (unansweredHeartbeats >= MISSED_HEARTBEATS_LIMIT) {
                    throw new LinkLostException(MISSED_HEARTBEATS_LIMIT + " heartbeats unanswered");
                }
                writer.write(new HeartbeatReq(nextInvokeId()));
                unansweredHeartbeats++;
                nextHeartbeat = now.plus(settings.heartbeatInterval());
            }
        }
    }

    /**
     * The next message, or {@code null} when a tick passed without one. A message the codec cannot read but that
     * arrived whole is logged and skipped: the stream is still in step.
     */
    private CtiMessage readTicking(MessageReader reader) throws IOException {
        try {
            CtiMessage message = reader.read();
            if (message == null) {
                throw new LinkLostException("CTI Server closed the connection");
            }
            return message;
        } catch (SocketTimeoutException tick) {
            return null;
        } catch (ProtocolException e) {
            if (e.reason().breaksFraming()) {
                throw e;
            }
            LOG.warning("CTI link skipped an unreadable message: " + e.getMessage());
            return null;
        }
    }

    private long nextInvokeId() {
        return invokeIds.incrementAndGet() & 0xFFFF_FFFFL;
    }

    private boolean isStopRequested() {
        return stopRequested.getCount() == 0;
    }

    /**
     * Ends the link: closes the socket and waits for {@link #run()} to return.
     *
     * @return true when it returned within the timeout
     */
    public boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
        stopRequested.countDown();
        closeSocket();
        return finished.await(timeout, unit);
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

    public LinkStatus status() {
        return status.snapshot();
    }
}
