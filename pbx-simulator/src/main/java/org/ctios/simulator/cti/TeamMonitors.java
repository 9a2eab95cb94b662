package org.ctios.simulator.cti;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The agent-team monitors one session started (MONITOR_AGENT_TEAM_START_REQ), by MonitorID. Requests change it on
 * the switch's thread while events are sent from another, hence a concurrent map. At most one monitor per team
 * and session, and no more monitors than the switch has teams.
 */
public final class TeamMonitors {

    private static final AtomicLong NEXT_MONITOR_ID = new AtomicLong(1);

    private final Map<Long, Long> teamByMonitor = new ConcurrentHashMap<>();

    /** Starts monitoring a team; empty if this session already monitors it. */
    Optional<Long> start(long teamId) {
        if (teamByMonitor.containsValue(teamId)) {
            return Optional.empty();
        }
        long monitorId = NEXT_MONITOR_ID.getAndIncrement();
        teamByMonitor.put(monitorId, teamId);
        return Optional.of(monitorId);
    }

    /** Stops a monitor; false if this session has none of that id. */
    boolean stop(long monitorId) {
        return teamByMonitor.remove(monitorId) != null;
    }

    /** Whether this session monitors the team. */
    public boolean covers(long teamId) {
        return teamByMonitor.containsValue(teamId);
    }
}
