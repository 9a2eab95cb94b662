package org.ctios.simulator.replay;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.FrameReader;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;

/**
 * The one client connection of a {@link ReplayServer}: a reader thread that answers the client's requests for as
 * long as the connection lasts, replays included, and one lock under which every write happens, so answers and
 * replayed frames never interleave inside a frame.
 */
final class ReplaySession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplaySession.class.getName());

    private final Socket socket;
    private final OutputStream out;
    private final ReplayAnswers answers;
    private final CtiCodec replyCodec = CtiCodec.v24();
    /** Fair, so an answer gets in between two batches of a flat-out replay instead of waiting for its end. */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final CountDownLatch opened = new CountDownLatch(1);
    private final AtomicLong heartbeatsAnswered = new AtomicLong();
    private final AtomicLong requestsRefused = new AtomicLong();
    private volatile boolean closed;

    ReplaySession(Socket socket, ReplayAnswers answers) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        this.answers = answers;
    }

    void start() {
        Thread reader = new Thread(this::readLoop, "replay-session-reader");
        reader.setDaemon(true);
        reader.start();
    }

    boolean awaitOpen(long timeout, TimeUnit unit) throws InterruptedException {
        return opened.await(timeout, unit);
    }

    boolean isOpen() {
        return opened.getCount() == 0 && !closed;
    }

    long heartbeatsAnswered() {
        return heartbeatsAnswered.get();
    }

    long requestsRefused() {
        return requestsRefused.get();
    }

    /** Writes frames {@code from} (inclusive) to {@code to} (exclusive) of a recording, then flushes; returns bytes. */
    long send(Recording recording, int from, int to) throws IOException {
        long bytes = 0;
        writeLock.lock();
        try {
            for (int i = from; i < to; i++) {
                byte[] frame = recording.frame(i).bytes();
                out.write(frame);
                bytes += frame.length;
            }
            out.flush();
        } finally {
            writeLock.unlock();
        }
        return bytes;
    }

    private void readLoop() {
        CtiCodec codec = CtiCodec.v24();
        try {
            FrameReader frames = new FrameReader(socket.getInputStream());
            while (!closed && frames.readFrame()) {
                CtiMessage message;
                try {
                    message = codec.decodeBody(frames.messageType(), frames.buffer(), Frames.HEADER_SIZE,
                            frames.frameSize() - Frames.HEADER_SIZE);
                } catch (ProtocolException e) {
                    LOG.warning("replay session: skipped an undecodable message: " + e.getMessage());
                    continue;
                }
                answer(message);
                if (message instanceof CloseReq) {
                    break;
                }
            }
        } catch (SocketException e) {
            LOG.fine(() -> "replay session: connection ended: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(Level.WARNING, "replay session: reader failed", e);
            }
        } finally {
            close();
        }
    }

    private void answer(CtiMessage message) throws IOException {
        CtiMessage reply = answers.answer(message);
        if (reply == null) {
            return;
        }
        // Counted before the reply is written: whoever has read the reply must see it counted.
        if (message instanceof HeartbeatReq) {
            heartbeatsAnswered.incrementAndGet();
        } else if (!(message instanceof OpenReq) && !(message instanceof CloseReq)) {
            requestsRefused.incrementAndGet();
        }
        writeLock.lock();
        try {
            if (reply instanceof OpenConf) {
                // Open before the client can read OPEN_CONF; no replayed frame can precede it, this lock is held.
                opened.countDown();
            }
            out.write(replyCodec.encode(reply));
            out.flush();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.fine(() -> "replay session: close failed: " + e.getMessage());
        }
    }
}
