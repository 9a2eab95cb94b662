package org.ctios.server.application.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallConnection;
import org.ctios.server.domain.enablement.AgentAction;
import org.ctios.server.domain.enablement.AgentRole;
import org.ctios.server.domain.enablement.AgentSituation;
import org.ctios.server.domain.enablement.ButtonEnablement;
import org.ctios.server.domain.enablement.CallLeg;

/** The buttons an agent's desktop may offer, from the stored agent and the calls at its devices. */
final class Enablement {

    private Enablement() {
    }

    static Set<AgentAction> of(Agent agent, List<Call> callsAtAgent) {
        Set<String> devices = agent.devices();
        List<CallLeg> legs = new ArrayList<>();
        for (Call call : callsAtAgent) {
            for (CallConnection connection : call.parties()) {
                if (devices.contains(connection.deviceId())) {
                    boolean consulting = call.isConsultation()
                            && connection.deviceId().equals(call.originatingDevice());
                    legs.add(new CallLeg(call.callId(), connection.state(), consulting, connection.supervising()));
                }
            }
        }
        AgentRole role = agent.supervisor() ? AgentRole.SUPERVISOR : AgentRole.AGENT;
        return ButtonEnablement.enabled(new AgentSituation(agent.state(), role, legs));
    }
}
