package org.ctios.connector.adapter.link;

import org.ctios.protocol.CtiMessage;

/** Where the link hands the unsolicited messages (events) it receives, on the link's reading thread. */
public interface MessageSink {

    void accept(CtiMessage event);
}
