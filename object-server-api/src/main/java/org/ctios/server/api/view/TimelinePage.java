package org.ctios.server.api.view;

import java.util.List;

/** A page of an agent's timeline, oldest first, and how many lines the range holds in all. */
public record TimelinePage(List<AgentStateChangeView> entries, long total, int offset, int limit) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
