package org.ctios.simulator.acd;

/** Why a connection or a call ended or changed, reported as the protocol's EventCause. */
public enum ClearCause {
    /** A party hung up. */
    NORMAL,
    /** The caller hung up while queued. */
    ABANDONED_IN_QUEUE,
    /** The caller hung up while the agent's phone rang. */
    ABANDONED_RINGING,
    /** The agent did not answer in time; the call went back to the queue. */
    NOT_ANSWERED,
    /** Part of a transfer. */
    TRANSFER,
    /** Part of a conference. */
    CONFERENCE,
    /** A supervisor joined the call. */
    SUPERVISOR_BARGE_IN,
    /** A supervisor took the call over from the agent. */
    SUPERVISOR_INTERCEPT,
    /** A supervisor ended its barge-in (SUPERVISE_CALL's CLEAR). */
    SUPERVISOR_CLEAR
}
