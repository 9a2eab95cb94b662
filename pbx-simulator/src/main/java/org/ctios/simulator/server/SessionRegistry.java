package org.ctios.simulator.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sessions of both sides, for broadcasting events, closing a side and counting. */
final class SessionRegistry {

    private final List<ClientSession> sessions = new CopyOnWriteArrayList<>();

    void add(ClientSession session) {
        sessions.add(session);
    }

    void remove(ClientSession session) {
        sessions.remove(session);
    }

    List<ClientSession> all() {
        return sessions;
    }

    /** Sessions that completed OPEN_REQ / OPEN_CONF. */
    List<ClientSession> openSessions() {
        return sessions.stream().filter(s -> s.state() == SessionState.OPEN).toList();
    }

    /** Open sessions per side. */
    Map<String, Integer> openSessionsPerSide() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ClientSession session : openSessions()) {
            counts.merge(session.side(), 1, Integer::sum);
        }
        return counts;
    }

    void closeSide(String side) {
        sessions.stream().filter(s -> s.side().equals(side)).forEach(ClientSession::close);
    }

    void closeAll() {
        sessions.forEach(ClientSession::close);
    }
}
