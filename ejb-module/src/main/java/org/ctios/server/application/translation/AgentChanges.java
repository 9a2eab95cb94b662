package org.ctios.server.application.translation;

import java.util.ArrayList;
import java.util.List;
import org.ctios.connector.api.event.AgentEvent;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.server.domain.agent.AgentChange;
import org.ctios.server.domain.agent.AgentSkillGroup;

/**
 * The connector's agent events as the domain's agent changes.
 *
 * <p>Java 17 has no switch over the kinds of a sealed interface (a preview until Java 21): the chain below ends in
 * an exception, and {@code AgentChangesTest} fails when one of the connector's kinds is missing from it.
 */
public final class AgentChanges {

    private AgentChanges() {
    }

    /** @throws IllegalArgumentException for a kind of agent event this translation does not know */
    public static AgentChange of(AgentEvent event) {
        if (event instanceof AgentStateChanged changed) {
            return new AgentChange.StateChanged(Origins.occurrence(changed.origin()), changed.agentExtension(),
                    changed.agentInstrument(), ProtocolEnums.toDomain(changed.state()), changed.reasonCode(),
                    skillGroups(changed.skillGroups()),
                    changed.nextState() == null ? null : ProtocolEnums.toDomain(changed.nextState()));
        } else if (event instanceof AgentSnapshot snapshot) {
            return new AgentChange.Resynchronised(Origins.occurrence(snapshot.origin()), snapshot.agentExtension(),
                    snapshot.agentInstrument(), ProtocolEnums.toDomain(snapshot.state()),
                    skillGroups(snapshot.skillGroups()));
        }
        throw new IllegalArgumentException("a kind of agent event this server does not translate: "
                + event.getClass().getName());
    }

    private static List<AgentSkillGroup> skillGroups(List<org.ctios.connector.api.event.AgentSkillGroup> reported) {
        if (reported.isEmpty()) {
            return List.of();
        }
        List<AgentSkillGroup> groups = new ArrayList<>(reported.size());
        for (org.ctios.connector.api.event.AgentSkillGroup group : reported) {
            groups.add(new AgentSkillGroup(group.skillGroupNumber(), ProtocolEnums.toDomain(group.state())));
        }
        return groups;
    }
}
