package org.ctios.simulator.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sessions of both sides, for broadcasting events and for closing a side. */
final class SessionRegistry {

    private record Entry(String side, ClientSession session) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(String side, ClientSession session) {
        entries.add(new Entry(side, session));
    }

    void remove(ClientSession session) {
        entries.removeIf(entry -> entry.session() == session);
    }

    /** Sessions that completed OPEN_REQ / OPEN_CONF. */
    List<ClientSession> openSessions() {
        return entries.stream().map(Entry::session).filter(s -> s.state() == SessionState.OPEN).toList();
    }

    int size() {
        return entries.size();
    }

    void closeSide(String side) {
        entries.stream().filter(entry -> entry.side().equals(side)).forEach(entry -> entry.session().close());
    }

    void closeAll() {
        entries.forEach(entry -> entry.session().close());
    }
}
