package org.ctios.server.application.live;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.PartyView;
import org.ctios.server.application.translation.ProtocolEnums;
import org.ctios.server.domain.enablement.AgentRole;
import org.ctios.server.domain.enablement.AgentSituation;
import org.ctios.server.domain.enablement.ButtonEnablement;
import org.ctios.server.domain.enablement.CallLeg;
import org.ctios.server.domain.enablement.ConferenceRole;

/**
 * Builds the views the interfaces show from the live agents and calls, with the buttons each agent may press; the
 * views name agent and connection states in the protocol's words, mapped from the domain's here, once per change.
 */
final class LiveViews {

    private LiveViews() {
    }

    /** @param callsAtAgent the calls at the agent's devices, oldest first */
    static AgentView agent(LiveAgent agent, List<LiveCall> callsAtAgent) {
        List<Long> groups = agent.skillGroupStates().keySet().stream().sorted().toList();
        List<Long> callIds = callsAtAgent.stream().map(LiveCall::callId).sorted().toList();
        return new AgentView(agent.agentId(), agent.extension(), agent.instrument(), agent.firstName(),
                agent.lastName(), agent.teamId(), agent.supervisor(), ProtocolEnums.toProtocol(agent.state()),
                agent.reasonCode(), agent.stateSince(), agent.loggedInSince(), groups, callIds,
                enabled(agent, callsAtAgent),
                agent.pendingState() == null ? null : ProtocolEnums.toProtocol(agent.pendingState()),
                agent.pendingReasonCode());
    }

    /**
     * @param agentAt   the agent at a device, or {@code null}
     * @param enabledOf what an agent may do now (its view's buttons)
     */
    static CallView call(LiveCall call, Function<String, LiveAgent> agentAt,
                         Function<LiveAgent, Set<AgentAction>> enabledOf) {
        List<PartyView> parties = new ArrayList<>();
        List<String> agentIds = new ArrayList<>();
        Map<String, Set<AgentAction>> enabled = new LinkedHashMap<>();
        for (Map.Entry<String, LiveCall.Party> party : new TreeMap<>(call.parties()).entrySet()) {
            LiveAgent agent = agentAt.apply(party.getKey());
            parties.add(new PartyView(party.getKey(), agent == null ? null : agent.agentId(),
                    ProtocolEnums.toProtocol(party.getValue().state()), party.getValue().supervising()));
            if (agent != null && !agentIds.contains(agent.agentId())) {
                agentIds.add(agent.agentId());
                enabled.put(agent.agentId(), enabledOf.apply(agent));
            }
        }
        return new CallView(call.callId(), call.callKey(), CallState.valueOf(call.state().name()), call.callType(),
                call.ani(), call.dnis(), call.dialedNumber(), call.callerEnteredDigits(), call.callVariables(),
                call.ecc(), call.wrapupData(), call.skillGroupNumber(), call.routerCallKeyDay(),
                call.routerCallKeyCallId(), call.begunAt(), call.queuedAt(), call.deliveredAt(), call.answeredAt(),
                parties, agentIds, enabled, call.begunUnseen(), call.recording(), call.conferenceController());
    }

    /** The buttons the agent's desktop may offer, from its state and its legs on the calls at its devices. */
    static Set<AgentAction> enabled(LiveAgent agent, List<LiveCall> callsAtAgent) {
        List<CallLeg> legs = new ArrayList<>();
        for (LiveCall call : callsAtAgent) {
            call.parties().forEach((device, party) -> {
                if (agent.isAt(device)) {
                    boolean consulting = call.consultation() && device.equals(call.originatingDevice());
                    ConferenceRole conference = call.conferenceController() == null ? ConferenceRole.NONE
                            : agent.isAt(call.conferenceController()) ? ConferenceRole.CONTROLLER
                            : ConferenceRole.MEMBER;
                    legs.add(new CallLeg(call.callId(), party.state(), consulting, party.supervising(),
                            call.recording(), conference));
                }
            });
        }
        AgentRole role = agent.supervisor() ? AgentRole.SUPERVISOR : AgentRole.AGENT;
        Set<AgentAction> viewed = EnumSet.noneOf(AgentAction.class);
        for (org.ctios.server.domain.enablement.AgentAction action
                : ButtonEnablement.enabled(new AgentSituation(agent.state(), role, legs))) {
            viewed.add(AgentAction.valueOf(action.name()));
        }
        return viewed;
    }
}
