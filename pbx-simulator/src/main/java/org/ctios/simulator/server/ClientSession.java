package org.ctios.simulator.server;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.MessageReader;

/**
 * One client connection of a CTI Server side: a reader thread that hands each request to the
 * {@link SessionProtocol}, and a writer thread that drains a bounded queue of encoded frames. A client that falls so
 * far behind that its queue fills is dropped, as a real CTI Server drops a client that cannot keep up, so one slow
 * client never holds up the others.
 */
public final class ClientSession implements Closeable {

    private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
    /** Frames a client may have waiting before it counts as too slow. */
    static final int SEND_QUEUE_LIMIT = 50_000;
    /** Queued after a last reply: the writer closes the connection once the frames before it are out. */
    private static final byte[] CLOSE_MARKER = new byte[0];

    private final Socket socket;
    private final String name;
    private final SessionProtocol protocol;
    private final BlockingQueue<byte[]> sendQueue = new ArrayBlockingQueue<>(SEND_QUEUE_LIMIT);
    private final CtiCodec replyCodec = CtiCodec.v24();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile SessionState state = SessionState.CONNECTED;

    ClientSession(Socket socket, String name, SessionProtocol protocol) {
        this.socket = socket;
        this.name = name;
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

    public SessionState state() {
        return state;
    }

    void opened(SessionState openedState) {
        this.state = openedState;
    }

    /** Queues a reply to this client; encodes it on the caller's thread. */
    void reply(CtiMessage message) {
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
        try {
            MessageReader reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
            while (!closed.get()) {
                CtiMessage message;
                try {
                    message = reader.read();
                } catch (ProtocolException e) {
                    if (e.reason().breaksFraming()) {
                        throw e;
                    }
                    protocol.badMessage(this, e);
                    continue;
                }
                if (message == null) {
                    break;
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
