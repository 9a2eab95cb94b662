package org.ctios.server.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;

/**
 * One immutable version of the live model, as stream snapshots and event streams read it: a reference to the
 * version itself, never a copy, so reading it costs nothing but the lookups.
 */
public interface LiveSnapshot {

    /** Grows with every committed change and every rebuild. */
    long version();

    Optional<AgentView> agent(String agentId);

    List<AgentView> agents();

    /** @return those of the agents that exist, by id */
    Map<String, AgentView> agents(Iterable<String> agentIds);

    List<CallView> calls();

    /** @return those of the calls that are in progress, by id */
    Map<Long, CallView> calls(Iterable<Long> callIds);

    /** The calls the agent is a party to. */
    List<CallView> callsOf(String agentId);

    /** The agents of the team. */
    List<AgentView> members(int teamId);
}
