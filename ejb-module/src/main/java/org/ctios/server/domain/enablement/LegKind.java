package org.ctios.server.domain.enablement;

/** What a call leg is, for the rules: its connection state, with a supervisor's connected leg told apart. */
enum LegKind {
    /** NULL or FAIL: the connection is gone; the leg is ignored. */
    GONE,
    /** ALERTING: ringing at the agent's phone. */
    RINGING,
    /** INITIATE: the agent is dialling, or the far end is ringing. */
    DIALLING,
    /** CONNECT, as the call's agent. */
    ACTIVE,
    /** CONNECT, joined as a supervisor. */
    SUPERVISING,
    /** HOLD. */
    HELD,
    /** QUEUED: the agent dialled a skill group and waits for an agent there. */
    QUEUED,
    /** NONE: the CTI Server reports no state; the call exists but the leg enables nothing. */
    UNDEFINED;

    static LegKind of(CallLeg leg) {
        return switch (leg.state()) {
            case NULL, FAIL -> GONE;
            case ALERTING -> RINGING;
            case INITIATE -> DIALLING;
            case CONNECT -> leg.supervising() ? SUPERVISING : ACTIVE;
            case HOLD -> HELD;
            case QUEUED -> QUEUED;
            case NONE -> UNDEFINED;
        };
    }

    boolean isLive() {
        return this != GONE;
    }
}
