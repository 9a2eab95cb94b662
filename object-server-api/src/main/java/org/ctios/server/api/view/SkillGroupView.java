package org.ctios.server.api.view;

import java.time.Duration;

/**
 * A skill group with its live statistics, computed from the model when asked.
 *
 * @param members          agents configured or reported in the group
 * @param longestQueued    how long the oldest call in its queue has waited, zero when none waits
 * @param callsHandledToday answered calls of the group that ended today (server time zone)
 * @param averageHandleTime of those calls, from answer to end; zero when none
 */
public record SkillGroupView(long number, Long skillGroupId, String name, int members, int agentsLoggedIn,
                             int agentsAvailable, int agentsNotReady, int agentsTalking, int agentsWrapUp,
                             int callsQueued, Duration longestQueued, long callsHandledToday,
                             long callsAbandonedToday, Duration averageHandleTime) {
}
