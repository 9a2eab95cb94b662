package org.ctios.simulator.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * The sides (A and B) of the duplex CTI Server: each listening on its port, and on a TLS port too when the server
 * has one, and each able to stop and to start again on the same ports. Starting and stopping hold this object's
 * lock, so a side changes one step at a time; the maps are concurrent so that reading them (ports, which sides are
 * up) takes no lock.
 */
final class ServerSides {

    private final InetAddress bindAddress;
    private final SessionProtocol protocol;
    private final SessionRegistry sessions;
    private final Map<String, ServerSide> running = new ConcurrentHashMap<>();
    private final Map<String, ServerSide> runningSecure = new ConcurrentHashMap<>();
    /** The port of every side ever started, running or not, so that a stopped side starts again where it was. */
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, Integer> securePorts = new ConcurrentHashMap<>();
    /** The TLS ports' context, made once; {@code null} while no side has a TLS port. */
    private volatile SSLContext tlsContext;
    private volatile ServerTls tls;

    ServerSides(InetAddress bindAddress, SessionProtocol protocol, SessionRegistry sessions) {
        this.bindAddress = bindAddress;
        this.protocol = protocol;
        this.sessions = sessions;
    }

    /** Starts listening for a side; {@code port} 0 takes any free port. Returns the port. */
    synchronized int start(String label, int port) throws IOException {
        ServerSide side = new ServerSide(label, new ServerSocket(), bindAddress, port, protocol, sessions);
        side.start();
        running.put(label, side);
        ports.put(label, side.port());
        return side.port();
    }

    /** Starts the TLS port of a started side; {@code port} 0 takes any free port. Returns the port. */
    synchronized int startSecure(String label, int port, ServerTls settings) throws IOException {
        require(label);
        if (tlsContext == null) {
            tlsContext = settings.context();
            tls = settings;
        }
        SSLServerSocket listener = (SSLServerSocket) tlsContext.getServerSocketFactory().createServerSocket();
        tls.configure(listener);
        ServerSide side = new ServerSide(label, listener, bindAddress, port, protocol, sessions);
        side.start();
        runningSecure.put(label, side);
        securePorts.put(label, side.port());
        return side.port();
    }

    /** Stops a running side: drops its sessions and closes its port. Returns whether it was running. */
    synchronized boolean stop(String label) throws IOException {
        ServerSide side = running.remove(require(label));
        if (side == null) {
            return false;
        }
        side.close();
        ServerSide secure = runningSecure.remove(label);
        if (secure != null) {
            secure.close();
        }
        return true;
    }

    /** Starts a stopped side again on its port. Returns whether it was stopped. */
    synchronized boolean restart(String label) throws IOException {
        if (running.containsKey(require(label))) {
            return false;
        }
        start(label, ports.get(label));
        if (securePorts.containsKey(label)) {
            startSecure(label, securePorts.get(label), tls);
        }
        return true;
    }

    private String require(String label) {
        if (!ports.containsKey(label)) {
            throw new IllegalArgumentException("no side " + label + "; sides are " + ports.keySet());
        }
        return label;
    }

    int port(String label) {
        return ports.get(require(label));
    }

    /** The side's TLS port, or -1 when it has none. */
    int securePort(String label) {
        return securePorts.getOrDefault(require(label), -1);
    }

    boolean isUp(String label) {
        return running.containsKey(label);
    }

    /** Every side ever started, running or not. */
    Set<String> labels() {
        return ports.keySet();
    }

    /** Stops every side for good. */
    void closeAll() throws IOException {
        for (ServerSide side : running.values()) {
            side.close();
        }
        for (ServerSide side : runningSecure.values()) {
            side.close();
        }
        running.clear();
        runningSecure.clear();
    }
}
