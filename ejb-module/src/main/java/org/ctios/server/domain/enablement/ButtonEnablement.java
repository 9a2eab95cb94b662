package org.ctios.server.domain.enablement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which softphone buttons an agent desktop enables, as Cisco CTI OS tells it: the buttons of the agent's state plus
 * those of the agent's call legs. The rules are tables, in {@link AgentStateButtons} and {@link CallButtons}, and
 * are described in the module's README ("Button enablement").
 *
 * <p>Legs in state NULL or FAIL are ignored: they are connections that have already ended. The agent's role does
 * not change the result: a leg marked {@link CallLeg#supervising() supervising} is treated as a supervisor's,
 * whatever the role, and otherwise supervisors get the same buttons as agents.
 */
public final class ButtonEnablement {

    private ButtonEnablement() {
    }

    /** The enabled buttons, as an unmodifiable set of the caller's own. */
    public static Set<AgentAction> enabled(AgentSituation situation) {
        Objects.requireNonNull(situation, "situation must not be null");
        List<CallLeg> liveLegs = situation.calls().stream().filter(leg -> LegKind.of(leg).isLive()).toList();
        AgentStateButtons.Row row = AgentStateButtons.rowFor(situation.state());

        EnumSet<AgentAction> enabled = EnumSet.noneOf(AgentAction.class);
        enabled.addAll(liveLegs.isEmpty() ? row.withoutCalls() : row.withCalls());
        if (row.callsCount()) {
            enabled.addAll(CallButtons.enabledBy(liveLegs));
        }
        return Collections.unmodifiableSet(enabled);
    }
}
