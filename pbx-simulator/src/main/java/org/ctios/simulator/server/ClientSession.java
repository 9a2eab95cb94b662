package org.ctios.simulator.server;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.FrameReader;
import org.ctios.protocol.framing.Frames;
import org.ctios.simulator.cti.CtiRequester;
import org.ctios.simulator.cti.Subscription;
import org.ctios.simulator.cti.TeamMonitors;

/**
 * One client connection of a CTI Server side: a reader thread that hands each message to the
 * {@link SessionProtocol}, and a writer thread that drains a bounded queue of encoded frames. A client that falls so
 * far behind that its queue fills is dropped, as a real CTI Server drops a client that cannot keep up, so one slow
 * client never holds up the others.
 */
public final class ClientSession implements CtiRequester, Closeable {

    private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
    /** Frames a client may have waiting before it counts as too slow. */
    static final int SEND_QUEUE_LIMIT = 100_000;
    /** Queued after a last reply: the writer closes the connection once the frames before it are out. */
    private static final byte[] CLOSE_MARKER = new byte[0];

    private final Socket socket;
    private final String name;
    private final String side;
    private final SessionProtocol protocol;
    private final BlockingQueue<byte[]> sendQueue = new ArrayBlockingQueue<>(SEND_QUEUE_LIMIT);
    private final CtiCodec replyCodec = CtiCodec.v24();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile SessionState state = SessionState.CONNECTED;
    private volatile Subscription subscription;
    private volatile long grantedServices;
    private volatile String clientId = "";
    private final TeamMonitors teamMonitors = new TeamMonitors();
    private volatile long idleTimeoutNanos = Long.MAX_VALUE;
    private volatile long lastReceivedNanos = System.nanoTime();

    ClientSession(Socket socket, String name, String side, SessionProtocol protocol) {
        this.socket = socket;
        this.name = name;
        this.side = side;
        this.protocol = protocol;
    }

    void start() {
        Thread reader = new Thread(this::readLoop, name + "-reader");
        Thread writer = new Thread(this::writeLoop, name + "-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    public String name() {
        return name;
    }

    /** The side ("A" or "B") the client connected to. */
    public String side() {
        return side;
    }

    public SessionState state() {
        return state;
    }

    Subscription subscription() {
        return subscription;
    }

    /** Marks the session open with what it was granted; from now on it receives events. */
    void opened(long services, Subscription granted, long idleTimeoutSeconds) {
        this.grantedServices = services;
        this.subscription = granted;
        this.idleTimeoutNanos = idleTimeoutSeconds >= 0xFFFF_FFFFL ? Long.MAX_VALUE
                : TimeUnit.SECONDS.toNanos(idleTimeoutSeconds);
        this.state = SessionState.OPEN;
    }

    /** The CTI services granted in OPEN_CONF. */
    long grantedServices() {
        return grantedServices;
    }

    /** Remembers the ClientID of the session's OPEN_REQ. */
    void named(String openedClientId) {
        this.clientId = openedClientId;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public TeamMonitors teamMonitors() {
        return teamMonitors;
    }

    @Override
    public Optional<String> agentId() {
        Subscription current = subscription;
        return current == null ? Optional.empty() : current.agentId();
    }

    /** True when the client has been silent for longer than its IdleTimeout. */
    boolean isIdleSince(long nowNanos, long unopenedLimitNanos) {
        long silent = nowNanos - lastReceivedNanos;
        return state == SessionState.OPEN ? silent > idleTimeoutNanos : silent > unopenedLimitNanos;
    }

    /** Queues a reply to this client; encodes it on the caller's thread. */
    @Override
    public void reply(CtiMessage message) {
        byte[] frame;
        synchronized (replyCodec) {
            try {
                frame = replyCodec.encode(message);
            } catch (ProtocolException e) {
                LOG.log(Level.SEVERE, name + ": cannot encode reply " + message, e);
                return;
            }
        }
        send(frame);
    }

    /** Queues a last reply, after which the connection closes. */
    void replyAndClose(CtiMessage message) {
        reply(message);
        send(CLOSE_MARKER);
    }

    /** Queues an encoded frame; drops the client when its queue is full. */
    void send(byte[] frame) {
        if (closed.get()) {
            return;
        }
        if (!sendQueue.offer(frame)) {
            LOG.warning(name + ": dropped, " + SEND_QUEUE_LIMIT + " frames were waiting for it");
            close();
        }
    }

    private void readLoop() {
        CtiCodec codec = CtiCodec.v24();
        try {
            FrameReader frames = new FrameReader(socket.getInputStream());
            while (!closed.get() && frames.readFrame()) {
                lastReceivedNanos = System.nanoTime();
                CtiMessage message;
                try {
                    message = codec.decodeBody(frames.messageType(), frames.buffer(), Frames.HEADER_SIZE,
                            frames.frameSize() - Frames.HEADER_SIZE);
                } catch (ProtocolException e) {
                    protocol.badMessage(this, e, firstBodyInt(frames));
                    continue;
                }
                protocol.received(this, message);
            }
        } catch (ProtocolException e) {
            LOG.info(name + ": closing after an unreadable frame: " + e.getMessage());
        } catch (SocketException e) {
            LOG.fine(() -> name + ": connection ended: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, name + ": reader failed", e);
        } finally {
            close();
        }
    }

    private static long firstBodyInt(FrameReader frames) {
        if (frames.frameSize() < Frames.HEADER_SIZE + 4) {
            return 0;
        }
        byte[] frame = frames.buffer();
        return ((frame[8] & 0xFFL) << 24) | ((frame[9] & 0xFFL) << 16) | ((frame[10] & 0xFFL) << 8)
                | (frame[11] & 0xFFL);
    }

    private void writeLoop() {
        try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            while (!closed.get()) {
                byte[] frame = sendQueue.poll(200, TimeUnit.MILLISECONDS);
                if (frame == null) {
                    continue;
                }
                if (frame == CLOSE_MARKER) {
                    out.flush();
                    break;
                }
                out.write(frame);
                if (sendQueue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> name + ": write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            state = SessionState.CLOSED;
            try {
                socket.close();
            } catch (IOException e) {
                LOG.fine(() -> name + ": close failed: " + e.getMessage());
            }
            protocol.closed(this);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
