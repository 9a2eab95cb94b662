package org.ctios.connector.api.event;

import org.ctios.protocol.types.AgentState;

/** An agent's state in one of its skill groups. */
public record AgentSkillGroup(long skillGroupNumber, long skillGroupId, AgentState state) {
}
