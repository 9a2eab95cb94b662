package org.ctios.simulator.server;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sides (A and B) of the duplex CTI Server: each listening on its port, and each able to stop and to start again
 * on the same port. Starting and stopping hold this object's lock, so a side changes one step at a time; the maps
 * are concurrent so that reading them (ports, which sides are up) takes no lock.
 */
final class ServerSides {

    private final InetAddress bindAddress;
    private final SessionProtocol protocol;
    private final SessionRegistry sessions;
    private final Map<String, ServerSide> running = new ConcurrentHashMap<>();
    /** The port of every side ever started, running or not, so that a stopped side starts again where it was. */
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();

    ServerSides(InetAddress bindAddress, SessionProtocol protocol, SessionRegistry sessions) {
        this.bindAddress = bindAddress;
        this.protocol = protocol;
        this.sessions = sessions;
    }

    /** Starts listening for a side; {@code port} 0 takes any free port. Returns the port. */
    synchronized int start(String label, int port) throws IOException {
        ServerSide side = new ServerSide(label, bindAddress, port, protocol, sessions);
        side.start();
        running.put(label, side);
        ports.put(label, side.port());
        return side.port();
    }

    /** Stops a running side: drops its sessions and closes its port. Returns whether it was running. */
    synchronized boolean stop(String label) throws IOException {
        ServerSide side = running.remove(require(label));
        if (side == null) {
            return false;
        }
        side.close();
        return true;
    }

    /** Starts a stopped side again on its port. Returns whether it was stopped. */
    synchronized boolean restart(String label) throws IOException {
        if (running.containsKey(require(label))) {
            return false;
        }
        start(label, ports.get(label));
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
        running.clear();
    }
}
