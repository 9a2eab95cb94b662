package org.ctios.simulator.acd;

import java.time.Duration;

/**
 * A skill group's live statistics.
 *
 * @param averageHandleTime mean talk plus hold time of the calls handled today
 * @param handleTimeToday   the talk plus hold time of the calls handled today, added up (not the mean times count)
 */
public record SkillGroupView(int number, long id, String name, int agentsLoggedOn, int agentsAvailable,
                             int agentsNotReady, int agentsReserved, int agentsTalking, int agentsOnHold,
                             int agentsWorkReady, int agentsWorkNotReady, int callsQueued, Duration longestQueued,
                             long callsOffered, long callsHandled, long callsAbandoned,
                             Duration averageHandleTime, Duration handleTimeToday) {
}
