package org.ctios.web.representation;

import org.ctios.server.api.view.SkillGroupView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill group with its live statistics as computed here; durations in seconds. {@code fromSwitch} sets the
 * switch's own figures beside them, absent when the switch has not been asked for this group yet.
 */
public record SkillGroupRepresentation(String number, String skillGroupId, String name, int members,
                                       int agentsLoggedIn, int agentsAvailable, int agentsNotReady,
                                       int agentsTalking, int agentsWrapUp, int callsQueued,
                                       long longestQueuedSeconds, long callsHandledToday, long callsAbandonedToday,
                                       double averageHandleTimeSeconds,
                                       @Schema(description = "The switch's own figures for the group, with their "
                                               + "age; absent when the switch has not been asked yet")
                                       SwitchSkillGroupFiguresRepresentation fromSwitch) {

    public static SkillGroupRepresentation of(SkillGroupView group) {
        return of(group, null);
    }

    /** The group's figures, with the switch's beside them ({@code null}: none read yet). */
    public static SkillGroupRepresentation of(SkillGroupView group, SwitchSkillGroupFiguresRepresentation fromSwitch) {
        return new SkillGroupRepresentation(String.valueOf(group.number()),
                group.skillGroupId() == null ? null : String.valueOf(group.skillGroupId()), group.name(),
                group.members(), group.agentsLoggedIn(), group.agentsAvailable(), group.agentsNotReady(),
                group.agentsTalking(), group.agentsWrapUp(), group.callsQueued(), group.longestQueued().toSeconds(),
                group.callsHandledToday(), group.callsAbandonedToday(),
                group.averageHandleTime().toMillis() / 1000.0, fromSwitch);
    }
}
