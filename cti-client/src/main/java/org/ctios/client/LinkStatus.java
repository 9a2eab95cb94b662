package org.ctios.client;

import java.time.Instant;

/**
 * The server's CTI link as {@code GET /system/link} shows it.
 *
 * @param connected        whether the server has a session with the CTI Server
 * @param peripheralOnline whether the CTI Server's peripheral (the switch) is online
 * @param resynchronising  whether the server is re-reading the switch's state after a reconnection
 * @param side             the CTI Server side it is connected to (A or B), null while disconnected
 * @param since            when the session opened, null while disconnected
 */
public record LinkStatus(boolean connected, boolean peripheralOnline, boolean resynchronising, String side,
                         Instant since) {

    /** Whether calls and agents can be controlled now. */
    public boolean up() {
        return connected && peripheralOnline;
    }
}
