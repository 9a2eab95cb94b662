package org.ctios.server.domain.enablement;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;

/** Builders for the situations of the tests, named as a contact-centre engineer would describe them. */
final class Legs {

    private Legs() {
    }

    static AgentSituation agent(AgentState state, CallLeg... calls) {
        return new AgentSituation(state, AgentRole.AGENT, List.of(calls));
    }

    static AgentSituation supervisor(AgentState state, CallLeg... calls) {
        return new AgentSituation(state, AgentRole.SUPERVISOR, List.of(calls));
    }

    static CallLeg ringing(long callId) {
        return leg(callId, ConnectionState.ALERTING);
    }

    static CallLeg dialling(long callId) {
        return leg(callId, ConnectionState.INITIATE);
    }

    static CallLeg connected(long callId) {
        return leg(callId, ConnectionState.CONNECT);
    }

    static CallLeg held(long callId) {
        return leg(callId, ConnectionState.HOLD);
    }

    static CallLeg queued(long callId) {
        return leg(callId, ConnectionState.QUEUED);
    }

    static CallLeg leg(long callId, ConnectionState state) {
        return new CallLeg(callId, state, false, false);
    }

    static CallLeg consultation(long callId, ConnectionState state) {
        return new CallLeg(callId, state, true, false);
    }

    static CallLeg supervising(long callId, ConnectionState state) {
        return new CallLeg(callId, state, false, true);
    }

    static CallLeg recorded(CallLeg leg) {
        return new CallLeg(leg.callId(), leg.state(), leg.consultation(), leg.supervising(), true,
                leg.conference());
    }

    static CallLeg inConference(CallLeg leg, ConferenceRole role) {
        return new CallLeg(leg.callId(), leg.state(), leg.consultation(), leg.supervising(), leg.recorded(), role);
    }

    /** A leg in each connection state, with each combination of the consultation and supervising flags. */
    static Stream<CallLeg> everyLeg(long callId) {
        return Stream.of(ConnectionState.values()).flatMap(state -> Stream.of(
                new CallLeg(callId, state, false, false), new CallLeg(callId, state, true, false),
                new CallLeg(callId, state, false, true), new CallLeg(callId, state, true, true)));
    }

    /** Whether the connection still exists: NULL and FAIL legs have ended. */
    static boolean isLive(CallLeg leg) {
        return !Set.of(ConnectionState.NULL, ConnectionState.FAIL).contains(leg.state());
    }
}
