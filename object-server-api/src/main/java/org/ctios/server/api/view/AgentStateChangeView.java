package org.ctios.server.api.view;

import java.time.Instant;
import org.ctios.protocol.types.AgentState;

/** A line of an agent's timeline: the state it entered, with its reason code (0 when none), and when. */
public record AgentStateChangeView(String agentId, AgentState state, int reasonCode, Instant enteredAt) {
}
