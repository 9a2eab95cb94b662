package org.ctios.connector.api;

import java.time.Instant;

/** An event of the CTI Server link, translated from the protocol into the connector's typed vocabulary. */
public sealed interface CtiEvent permits AgentStateChanged {

    /** When the adapter received the message that this event comes from. */
    Instant receivedAt();
}
