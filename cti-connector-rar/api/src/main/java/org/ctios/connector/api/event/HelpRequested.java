package org.ctios.connector.api.event;

/**
 * An agent asked its supervisor for help (SUPERVISOR_ASSIST_EVENT) or declared an emergency (EMERGENCY_CALL_EVENT),
 * from whichever CTI client it used: this application's own request, another desktop, a hardware phone. The CTI
 * Server sends it to the supervisors and to All Events clients, so that every application shows the same calls for
 * help whoever raised them.
 *
 * @param emergency       an emergency call rather than a supervisor assist
 * @param callId          the call the agent needs help with, or null when it has none
 * @param agentId         the agent, or null when the CTI Server did not name it (then its extension or instrument
 *                        finds it)
 * @param agentExtension  the agent's extension, or null
 * @param agentInstrument the agent's instrument, or null
 * @param clientId        the ClientID of the CTI client that asked
 */
public record HelpRequested(EventOrigin origin, boolean emergency, Long callId, String agentId,
                            String agentExtension, String agentInstrument, String clientId) implements CtiEvent {

    /** Ordered among the agent's events: its call for help comes after the state it asked from. */
    @Override
    public Concerns concerns() {
        return Concerns.agent(agentId);
    }

    @Override
    public void handleWith(Handler handler) {
        handler.helpRequested(this);
    }
}
