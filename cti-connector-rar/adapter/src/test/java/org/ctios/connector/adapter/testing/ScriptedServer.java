package org.ctios.connector.adapter.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.stream.MessageReader;
import org.ctios.protocol.stream.MessageWriter;

/**
 * A CTI Server that does what a test scripts, for the misbehaviours the simulator does not have: silence, a
 * FAILURE_EVENT, a CLOSE_REQ, a refused OPEN_REQ, slow confirmations. Listens on loopback only.
 */
public final class ScriptedServer implements AutoCloseable {

    /** What the server does with one session. */
    @FunctionalInterface
    public interface Script {
        void run(Session session) throws IOException, InterruptedException;
    }

    /** One accepted client. */
    public static final class Session {
        private final MessageReader reader;
        private final MessageWriter writer;
        private final List<CtiMessage> received;

        Session(Socket socket, List<CtiMessage> received) throws IOException {
            this.reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
            this.writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
            this.received = received;
        }

        /** The next message from the client, or {@code null} when it closed the connection. */
        public CtiMessage read() throws IOException {
            CtiMessage message = reader.read();
            if (message != null) {
                received.add(message);
            }
            return message;
        }

        public void send(CtiMessage message) throws IOException {
            writer.write(message);
        }

        /** Reads the OPEN_REQ and confirms it, peripheral online. */
        public OpenReq open() throws IOException {
            OpenReq open = (OpenReq) read();
            send(new OpenConf(open.invokeId(), open.servicesRequested(), 0, 0, 0, true, 17, 9, 0, 1, null, null,
                    null, null, List.of()));
            return open;
        }

        /** Reads until the client goes away, answering nothing. */
        public void ignoreEverything() throws IOException {
            while (read() != null) {
                // unanswered
            }
        }
    }

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "scripted-cti-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<CtiMessage> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Script script;

    public ScriptedServer(Script script) throws IOException {
        this(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    }

    /** A server on a listener of the test's: a TLS one, say, whose handshake runs with each session's first read. */
    public ScriptedServer(ServerSocket listener, Script script) {
        this.listener = listener;
        this.script = script;
        threads.execute(this::accept);
    }

    /** A server that confirms OPEN_REQ and then answers nothing, heartbeats included. */
    public static ScriptedServer silentAfterOpen() throws IOException {
        return new ScriptedServer(session -> {
            session.open();
            session.ignoreEverything();
        });
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    public int sessions() {
        return sessions.get();
    }

    /** Every message read from clients, in arrival order. */
    public List<CtiMessage> received() {
        return received;
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = listener.accept();
                sockets.add(socket);
                sessions.incrementAndGet();
                try {
                    threads.execute(() -> serve(socket));
                } catch (RejectedExecutionException closing) {
                    socket.close();
                    return;
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            script.run(new Session(socket, received));
        } catch (IOException ended) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
