package org.ctios.server.domain.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the agents' timelines are kept. */
public interface AgentTimeline {

    /** Adds a line; written with the transaction that applies the agent's event. */
    void add(AgentStateEntry entry);

    /** The agent's lines entered in [from, to), oldest first, a page of them. */
    List<AgentStateEntry> entries(String agentId, Instant from, Instant to, int offset, int limit);

    /** How many lines {@link #entries} pages through. */
    long count(String agentId, Instant from, Instant to);

    /** The line in effect at {@code at}: the last one entered before it, if any is kept. */
    Optional<AgentStateEntry> inEffectAt(String agentId, Instant at);

    /** Deletes the lines entered before {@code before}; returns how many. */
    int forgetBefore(Instant before);
}
