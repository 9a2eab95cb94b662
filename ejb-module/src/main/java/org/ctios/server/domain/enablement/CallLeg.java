package org.ctios.server.domain.enablement;

import java.util.Objects;
import org.ctios.server.domain.call.ConnectionState;

/**
 * The agent's own connection to one call.
 *
 * @param callId the call's id on the CTI Server
 * @param state the state of the agent's connection, as the call events report it
 * @param consultation the agent started this call as a consultation from another call, so transfer and conference
 *     can be completed with it
 * @param supervising the agent joined this call as a supervisor (barge-in, intercept), not as the call's agent
 * @param recorded the call is being recorded (as the CTI Server confirmed a start and no stop since)
 * @param conference the agent's place on the call when it is a conference
 */
public record CallLeg(long callId, ConnectionState state, boolean consultation, boolean supervising,
                      boolean recorded, ConferenceRole conference) {

    public CallLeg {
        Objects.requireNonNull(state, "state of the connection to call " + callId + " must not be null");
        Objects.requireNonNull(conference, "conference role on call " + callId + " must not be null");
    }

    /** A leg of a call that is neither recorded nor a conference. */
    public CallLeg(long callId, ConnectionState state, boolean consultation, boolean supervising) {
        this(callId, state, consultation, supervising, false, ConferenceRole.NONE);
    }
}
