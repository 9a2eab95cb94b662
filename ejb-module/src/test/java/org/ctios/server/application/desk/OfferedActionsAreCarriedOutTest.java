package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.application.translation.ProtocolEnums;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.enablement.AgentRole;
import org.ctios.server.domain.enablement.AgentSituation;
import org.ctios.server.domain.enablement.ButtonEnablement;
import org.ctios.server.domain.enablement.CallLeg;
import org.ctios.server.domain.enablement.ConferenceRole;
import org.junit.jupiter.api.Test;

/**
 * The enablement never offers what the API cannot do: over every agent state and every one or two legs (each
 * connection state, consultation or not, supervising or not, recorded or not, each conference role), each call
 * button the enablement offers is an action {@link ActionSelection} carries out on at least one of the agent's calls,
 * and every button the enablement has is offered somewhere (no dead button, as single-step conference was).
 */
class OfferedActionsAreCarriedOutTest {

    private static final String PHONE = "2001";
    private static final String OTHER_AGENT = "2005";

    @Test
    void everyOfferedCallButtonIsCarriedOutOnSomeCallOfTheAgent() {
        List<CallLeg> variants = new ArrayList<>();
        for (ConnectionState state : ConnectionState.values()) {
            for (boolean consultation : new boolean[] {false, true}) {
                for (boolean supervising : consultation ? new boolean[] {false} : new boolean[] {false, true}) {
                    for (boolean recorded : new boolean[] {false, true}) {
                        for (ConferenceRole role : ConferenceRole.values()) {
                            variants.add(new CallLeg(1, state, consultation, supervising, recorded, role));
                        }
                    }
                }
            }
        }
        Set<AgentAction> everOffered = EnumSet.noneOf(AgentAction.class);
        int situations = 0;
        for (AgentState agentState : AgentState.values()) {
            List<List<CallLeg>> legSets = new ArrayList<>();
            legSets.add(List.of());
            variants.forEach(leg -> legSets.add(List.of(leg)));
            // The agent's state only switches the call buttons on or off (see the table test): pairs in one state.
            if (agentState == AgentState.TALKING) {
                for (CallLeg first : variants) {
                    for (CallLeg second : variants) {
                        legSets.add(List.of(first, withCallId(second, 2)));
                    }
                }
            }
            for (List<CallLeg> legs : legSets) {
                situations++;
                Set<AgentAction> offered = viewed(ButtonEnablement.enabled(
                        new AgentSituation(agentState, AgentRole.AGENT, legs)));
                everOffered.addAll(offered);
                List<AgentLeg> agentLegs = legs.stream().map(OfferedActionsAreCarriedOutTest::agentLeg).toList();
                Set<String> doable = new java.util.HashSet<>();
                legs.forEach(leg -> doable.addAll(ActionSelection.enabledOn(leg.callId(), agentLegs, offered)));
                for (AgentAction button : offered) {
                    Optional<CallAction> action = CallAction.carrying(button);
                    if (action.isEmpty()) {
                        continue;
                    }
                    assertThat(doable.contains(action.get().name())).as("%s offered to a %s agent with %s, but %s is carried out on none of "
                            + "its calls", button, agentState, legs, action.get()).isTrue();
                }
            }
        }
        assertThat(situations).isGreaterThan(20_000);
        assertThat(everOffered).as("every button is offered in some situation")
                .containsExactlyInAnyOrder(AgentAction.values());
    }

    private static CallLeg withCallId(CallLeg leg, long callId) {
        return new CallLeg(callId, leg.state(), leg.consultation(), leg.supervising(), leg.recorded(),
                leg.conference());
    }

    private static AgentLeg agentLeg(CallLeg leg) {
        String controller = switch (leg.conference()) {
            case NONE -> null;
            case CONTROLLER -> PHONE;
            case MEMBER -> OTHER_AGENT;
        };
        LocalConnectionState state = ProtocolEnums.toProtocol(leg.state());
        return new AgentLeg(leg.callId(), PHONE, state, leg.recorded(), controller, Set.of(OTHER_AGENT));
    }

    private static Set<AgentAction> viewed(Set<org.ctios.server.domain.enablement.AgentAction> buttons) {
        Set<AgentAction> viewed = EnumSet.noneOf(AgentAction.class);
        buttons.forEach(button -> viewed.add(AgentAction.valueOf(button.name())));
        return viewed;
    }
}
