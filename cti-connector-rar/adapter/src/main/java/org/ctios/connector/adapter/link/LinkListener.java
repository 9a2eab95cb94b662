package org.ctios.connector.adapter.link;

import java.time.Instant;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.session.OpenConf;

/**
 * Told what happens on the link, on the link's reading thread and in the order the CTI Server sent it. A listener
 * that cannot take more (its queues are full) may block; while it does, it should call {@link CtiLink#keepAlive()}
 * now and then so that the session stays open.
 */
public interface LinkListener {

    /** A session opened on a side. */
    void linkUp(String side, OpenConf confirmation, Instant at);

    /** The session ended (or an attempt failed after a session had been open). */
    void linkDown(String reason, Instant at);

    /** An unsolicited message (an event) arrived. */
    void event(CtiMessage message, Instant receivedAt);
}
