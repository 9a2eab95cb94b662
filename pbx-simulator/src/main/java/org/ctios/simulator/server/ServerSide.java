package org.ctios.simulator.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLServerSocket;

/**
 * One listener of a side (A or B) of the duplex CTI Server, plain or TLS: a listening socket that turns each
 * connection into a session of that side (a TLS one's handshake runs with the session's first read).
 */
final class ServerSide implements Closeable {

    private static final Logger LOG = Logger.getLogger(ServerSide.class.getName());
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    private static final long ACCEPTOR_STOP_MILLIS = 2_000;

    private final String label;
    private final ServerSocket listener;
    private final SessionProtocol protocol;
    private final SessionRegistry sessions;
    private volatile boolean closed;
    private Thread acceptor;

    ServerSide(String label, ServerSocket unbound, InetAddress bindAddress, int port, SessionProtocol protocol,
               SessionRegistry sessions) throws IOException {
        this.label = label;
        this.protocol = protocol;
        this.sessions = sessions;
        this.listener = unbound;
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(bindAddress, port));
    }

    void start() {
        acceptor = new Thread(this::acceptLoop, "cti-server-side-" + label + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("CTI Server side " + label + " listening on " + listener.getLocalSocketAddress()
                + (listener instanceof SSLServerSocket ? " (TLS)" : ""));
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                String name = "side" + label + "-client" + CONNECTIONS.incrementAndGet();
                ClientSession session = new ClientSession(socket, name, label, protocol);
                synchronized (this) {
                    // An accept already under way when the side failed still returns a connection: refuse it.
                    if (closed) {
                        socket.close();
                        return;
                    }
                    sessions.add(session);
                }
                session.start();
            } catch (SocketException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "side " + label + ": accept failed", e);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "side " + label + ": accept failed", e);
            }
        }
    }

    /** Stops listening and drops every session of this side. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        listener.close();
        // The listening socket only really closes when the accept under way returns: until then the kernel still
        // completes connections. Waiting for it makes a failed side refuse connections as soon as close() returns.
        if (acceptor != null && acceptor != Thread.currentThread()) {
            try {
                acceptor.join(ACCEPTOR_STOP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sessions.closeSide(label);
    }
}
