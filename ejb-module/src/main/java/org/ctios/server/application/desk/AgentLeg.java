package org.ctios.server.application.desk;

import java.util.Set;
import org.ctios.protocol.types.LocalConnectionState;

/**
 * An agent's connection to a call in progress: where the agent acts on it.
 *
 * @param device                the agent's device on the call (its instrument or extension)
 * @param recorded              the call is being recorded
 * @param conferenceController  the device that set the call up as a conference, or null when it is not one
 * @param otherParties          the devices of the call's other parties
 */
public record AgentLeg(long callId, String device, LocalConnectionState state, boolean recorded,
                       String conferenceController, Set<String> otherParties) {

    public AgentLeg {
        otherParties = Set.copyOf(otherParties);
    }

    /** A leg of a call that is not recorded and not a conference, with no other party known. */
    public AgentLeg(long callId, String device, LocalConnectionState state) {
        this(callId, device, state, false, null, Set.of());
    }

    /** The leg has ended (NULL, FAIL or no state): it counts for nothing. */
    boolean isLive() {
        return state != null && state != LocalConnectionState.NULL && state != LocalConnectionState.FAIL
                && state != LocalConnectionState.NONE;
    }

    /** Whether the agent set this call up as a conference. */
    boolean controlsConference() {
        return device.equals(conferenceController);
    }

    /** Whether the call is a conference another device set up. */
    boolean inOthersConference() {
        return conferenceController != null && !controlsConference();
    }
}
