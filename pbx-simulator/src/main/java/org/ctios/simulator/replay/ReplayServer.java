package org.ctios.simulator.replay;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A minimal CTI Server that replays a {@link Recording} to one client session. It accepts one connection (later
 * ones are closed at once), answers OPEN_REQ with OPEN_CONF (peripheral online), HEARTBEAT_REQ with HEARTBEAT_CONF
 * and every other request with CONTROL_FAILURE_CONF, all the time, replays included. On demand it sends a range of
 * the recording's frames, byte for byte, at a fixed rate or as fast as the client reads them.
 *
 * <pre>
 * try (ReplayServer server = ReplayServer.start(Recording.read(file), InetAddress.getLoopbackAddress(), 0)) {
 *     // point a client at server.port(), then:
 *     server.awaitSession(Duration.ofSeconds(30));
 *     ReplayResult result = server.replay(0, 100_000, Pacing.fixedRate(5_000));
 * }
 * </pre>
 */
public final class ReplayServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplayServer.class.getName());
    private static final long ACCEPTOR_STOP_MILLIS = 2_000;

    private final Recording recording;
    private final ServerSocket listener;
    private final ReplayAnswers answers = new ReplayAnswers(Clock.systemUTC());
    private final Object sessionLock = new Object();
    private final Thread acceptor;
    private volatile boolean closed;
    private ReplaySession session;

    private ReplayServer(Recording recording, ServerSocket listener) {
        this.recording = recording;
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "replay-server-accept");
        acceptor.setDaemon(true);
    }

    /** Listens on {@code bindAddress}:{@code port} (0 for any free port). */
    public static ReplayServer start(Recording recording, InetAddress bindAddress, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(bindAddress, port));
        ReplayServer server = new ReplayServer(recording, listener);
        server.acceptor.start();
        LOG.info("replay server listening on " + listener.getLocalSocketAddress() + " with " + recording.size()
                + " frames");
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public Recording recording() {
        return recording;
    }

    /** Waits until a client has opened its session; false when none did within the timeout. */
    public boolean awaitSession(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ReplaySession current;
        while ((current = currentSession()) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            synchronized (sessionLock) {
                if (session == null) {
                    TimeUnit.NANOSECONDS.timedWait(sessionLock, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
                }
            }
        }
        long left = Math.max(0, deadline - System.nanoTime());
        return current.awaitOpen(left, TimeUnit.NANOSECONDS) && current.isOpen();
    }

    /** True while a client's session is open. */
    public boolean hasSession() {
        ReplaySession current = currentSession();
        return current != null && current.isOpen();
    }

    /** HEARTBEAT_REQs answered so far. */
    public long heartbeatsAnswered() {
        ReplaySession current = currentSession();
        return current == null ? 0 : current.heartbeatsAnswered();
    }

    /** Requests answered with CONTROL_FAILURE_CONF so far. */
    public long requestsRefused() {
        ReplaySession current = currentSession();
        return current == null ? 0 : current.requestsRefused();
    }

    /**
     * Sends the recording's frames {@code from} (inclusive) to {@code to} (exclusive) to the open session. A fixed
     * rate schedules each batch from the replay's start and the number of frames before it, so lateness never
     * accumulates: a late batch is followed at once by the next one due.
     *
     * A client that stops reading without closing holds a replay up for as long as it does (TCP has no write
     * timeout); {@link #close()} ends it.
     *
     * @throws IllegalStateException when no session is open
     * @throws IOException           when the connection fails meanwhile
     */
    public synchronized ReplayResult replay(int from, int to, Pacing pacing) throws IOException {
        if (from < 0 || to > recording.size() || from > to) {
            throw new IndexOutOfBoundsException("range " + from + ".." + to + " of " + recording.size() + " frames");
        }
        ReplaySession current = currentSession();
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("no client session is open");
        }
        int batch = pacing.batchSize();
        long bytes = 0;
        long started = System.nanoTime();
        for (int next = from; next < to; next += batch) {
            if (pacing instanceof Pacing.FixedRate fixed) {
                waitUntil(started + fixed.dueAfterNanos(next - from));
            }
            bytes += current.send(recording, next, Math.min(to, next + batch));
        }
        return new ReplayResult(to - from, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void waitUntil(long dueNanos) {
        long left;
        while ((left = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private ReplaySession currentSession() {
        synchronized (sessionLock) {
            return session;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                synchronized (sessionLock) {
                    if (session != null || closed) {
                        LOG.warning("replay server: refused a second connection from "
                                + socket.getRemoteSocketAddress());
                        socket.close();
                        continue;
                    }
                    session = new ReplaySession(socket, answers);
                    session.start();
                    sessionLock.notifyAll();
                }
                LOG.info("replay server: client connected from " + socket.getRemoteSocketAddress());
            } catch (SocketException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "replay server: accept failed", e);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "replay server: accept failed", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        try {
            acceptor.join(ACCEPTOR_STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ReplaySession current = currentSession();
        if (current != null) {
            current.close();
        }
    }
}
