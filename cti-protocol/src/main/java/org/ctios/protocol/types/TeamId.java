package org.ctios.protocol.types;

/** One TeamID (tag 92, LIST_TEAM_ID_TAG, UINT) of LIST_AGENT_TEAM_CONF's repeated field. */
public record TeamId(Long teamId) {
}
