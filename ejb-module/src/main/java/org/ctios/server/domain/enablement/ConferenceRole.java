package org.ctios.server.domain.enablement;

/** The agent's place on a conference, which decides who may end it for everyone or drop a party from it. */
public enum ConferenceRole {
    /** The call is not a conference an agent set up. */
    NONE,
    /** The agent's device set the conference up (CALL_CONFERENCED's controller). */
    CONTROLLER,
    /** The agent is a party of a conference another device set up. */
    MEMBER
}
