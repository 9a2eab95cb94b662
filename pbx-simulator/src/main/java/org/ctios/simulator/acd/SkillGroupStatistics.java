package org.ctios.simulator.acd;

import java.time.Duration;
import java.util.Collection;

/** A skill group's statistics, as QUERY_SKILL_GROUP_STATISTICS reports them: agents by state, queue, calls. */
final class SkillGroupStatistics {

    private final SwitchState state;

    SkillGroupStatistics(SwitchState state) {
        this.state = state;
    }

    SkillGroupView of(SkillGroup group) {
        Collection<Agent> members = state.agents().stream().filter(a -> a.skillGroups().contains(group)).toList();
        int loggedOn = 0;
        int available = 0;
        int notReady = 0;
        int reserved = 0;
        int talking = 0;
        int onHold = 0;
        int workReady = 0;
        int workNotReady = 0;
        for (Agent agent : members) {
            switch (agent.state()) {
                case LOGOUT -> {
                    continue;
                }
                case AVAILABLE -> available++;
                case NOT_READY -> notReady++;
                case RESERVED -> reserved++;
                case TALKING -> talking++;
                case HOLD -> onHold++;
                case WORK_READY -> workReady++;
                case WORK_NOT_READY -> workNotReady++;
                default -> {
                    // counted as logged on only
                }
            }
            loggedOn++;
        }
        Duration average = group.callsHandled() == 0 ? Duration.ZERO
                : group.handleTime().dividedBy(group.callsHandled());
        return new SkillGroupView(group.number(), group.id(), group.profile().name(), loggedOn, available, notReady,
                reserved, talking, onHold, workReady, workNotReady, group.queue().size(),
                group.longestWait(state.now()), group.callsOffered(), group.callsHandled(), group.callsAbandoned(),
                average, group.handleTime());
    }
}
