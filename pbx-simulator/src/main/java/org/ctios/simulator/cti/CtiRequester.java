package org.ctios.simulator.cti;

import java.util.Optional;
import org.ctios.protocol.CtiMessage;

/** The client session a request came from, as the request handler sees it. */
public interface CtiRequester {

    /** Queues a reply to the client. */
    void reply(CtiMessage message);

    /** The agent an agent-mode (CLIENT_EVENTS) session was opened for; it may act on that agent only. */
    Optional<String> agentId();

    /** The ClientID the session opened with: how the CTI Server names it to other clients (user messages). */
    default String clientId() {
        return "";
    }

    /** The agent-team monitors the session started; a requester that keeps none answers a fresh, empty set. */
    default TeamMonitors teamMonitors() {
        return new TeamMonitors();
    }
}
