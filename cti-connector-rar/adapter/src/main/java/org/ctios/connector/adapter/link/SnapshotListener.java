package org.ctios.connector.adapter.link;

import java.time.Instant;
import java.util.Set;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;

/** Told the results of a resynchronisation, on the link's reading thread, in stream order. */
public interface SnapshotListener {

    void snapshotStarted(String side, Instant at);

    void agentSnapshot(String agentId, QueryAgentStateConf state, Instant at);

    void callSnapshot(long callId, SnapshotCallConf call, Instant at);

    void snapshotCompleted(boolean complete, Set<String> agentIds, Set<Long> callIds, Set<Long> callIdsAsked,
                           Instant at);
}
