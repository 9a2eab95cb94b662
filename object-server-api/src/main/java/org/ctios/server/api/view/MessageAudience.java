package org.ctios.server.api.view;

/** Whom a user message is for. */
public enum MessageAudience {
    /** One agent ({@code agentId}). */
    AGENT,
    /** Every member of a team ({@code teamId}), its supervisors included. */
    TEAM,
    /** The supervisors of a team ({@code teamId}): an agent writing to its own. */
    SUPERVISORS,
    /** Every agent and supervisor. */
    EVERYONE
}
