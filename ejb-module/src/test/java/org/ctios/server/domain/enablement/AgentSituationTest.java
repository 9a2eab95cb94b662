package org.ctios.server.domain.enablement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.junit.jupiter.api.Test;

class AgentSituationTest {

    private static final CallLeg RINGING = new CallLeg(1, ConnectionState.ALERTING, false, false);
    private static final CallLeg ACTIVE = new CallLeg(2, ConnectionState.CONNECT, false, false);

    @Test
    void laterChangesToTheCallerListDoNotChangeTheSituation() {
        List<CallLeg> calls = new ArrayList<>(List.of(RINGING));
        AgentSituation situation = new AgentSituation(AgentState.RESERVED, AgentRole.AGENT, calls);

        calls.add(ACTIVE);
        calls.set(0, ACTIVE);

        assertThat(situation.calls()).containsExactly(RINGING);
    }

    @Test
    void theCallsOfASituationCannotBeChanged() {
        AgentSituation situation = new AgentSituation(AgentState.RESERVED, AgentRole.AGENT, List.of(RINGING));

        assertThatThrownBy(() -> situation.calls().add(ACTIVE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingAgentStateIsRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> new AgentSituation(null, AgentRole.AGENT, List.of()))
                .withMessage("agent state must not be null");
    }

    @Test
    void aMissingRoleIsRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> new AgentSituation(AgentState.AVAILABLE, null, List.of()))
                .withMessage("agent role must not be null");
    }

    @Test
    void aMissingCallListIsRejectedWithAHintToPassAnEmptyOne() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AgentSituation(AgentState.AVAILABLE, AgentRole.AGENT, null))
                .withMessageContaining("calls must not be null").withMessageContaining("empty list");
    }

    @Test
    void aMissingCallLegIsRejectedWithItsPosition() {
        List<CallLeg> calls = Arrays.asList(RINGING, null);

        assertThatNullPointerException()
                .isThrownBy(() -> new AgentSituation(AgentState.TALKING, AgentRole.AGENT, calls))
                .withMessage("calls[1] must not be null");
    }

    @Test
    void aCallLegWithoutAConnectionStateIsRejectedWithItsCallId() {
        assertThatNullPointerException().isThrownBy(() -> new CallLeg(4711, null, false, false))
                .withMessage("state of the connection to call 4711 must not be null");
    }
}
