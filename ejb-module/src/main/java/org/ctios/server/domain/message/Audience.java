package org.ctios.server.domain.message;

/** Whom a user message is for. */
public enum Audience {
    /** One agent. */
    AGENT,
    /** Every member of a team. */
    TEAM,
    /** The supervisors of a team: an agent asking its own. */
    SUPERVISORS,
    /** Every agent and supervisor. */
    EVERYONE
}
