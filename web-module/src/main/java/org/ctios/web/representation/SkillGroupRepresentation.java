package org.ctios.web.representation;

import org.ctios.server.api.view.SkillGroupView;

/** A skill group with its live statistics; durations in seconds. */
public record SkillGroupRepresentation(String number, String skillGroupId, String name, int members,
                                       int agentsLoggedIn, int agentsAvailable, int agentsNotReady,
                                       int agentsTalking, int agentsWrapUp, int callsQueued,
                                       long longestQueuedSeconds, long callsHandledToday, long callsAbandonedToday,
                                       double averageHandleTimeSeconds) {

    public static SkillGroupRepresentation of(SkillGroupView group) {
        return new SkillGroupRepresentation(String.valueOf(group.number()),
                group.skillGroupId() == null ? null : String.valueOf(group.skillGroupId()), group.name(),
                group.members(), group.agentsLoggedIn(), group.agentsAvailable(), group.agentsNotReady(),
                group.agentsTalking(), group.agentsWrapUp(), group.callsQueued(), group.longestQueued().toSeconds(),
                group.callsHandledToday(), group.callsAbandonedToday(),
                group.averageHandleTime().toMillis() / 1000.0);
    }
}
