package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;
import org.junit.jupiter.api.Test;

class StateChangeRulesTest {

    @Test
    void eachRequestableStateNeedsItsButtonAndAReasonNeedsTheWithReasonOne() {
        assertThat(StateChangeRules.requiredAction(AgentState.AVAILABLE, 0)).isEqualTo(AgentAction.READY);
        assertThat(StateChangeRules.requiredAction(AgentState.NOT_READY, 0)).isEqualTo(AgentAction.NOT_READY);
        assertThat(StateChangeRules.requiredAction(AgentState.NOT_READY, 7))
                .isEqualTo(AgentAction.NOT_READY_WITH_REASON);
        assertThat(StateChangeRules.requiredAction(AgentState.LOGOUT, 0)).isEqualTo(AgentAction.LOGOUT);
        assertThat(StateChangeRules.requiredAction(AgentState.LOGOUT, 3)).isEqualTo(AgentAction.LOGOUT_WITH_REASON);
        assertThat(StateChangeRules.requiredAction(AgentState.LOGIN, 0)).isEqualTo(AgentAction.LOGIN);
        assertThat(StateChangeRules.requiredAction(AgentState.WORK_READY, 0)).isEqualTo(AgentAction.WRAP_UP);
        assertThat(StateChangeRules.requiredAction(AgentState.WORK_NOT_READY, 0)).isEqualTo(AgentAction.WRAP_UP);
    }

    @Test
    void aLoginIsReachedByAnyStateButLogoutOthersOnlyByThemselves() {
        assertThat(StateChangeRules.reached(AgentState.LOGIN)).accepts(AgentState.NOT_READY, AgentState.AVAILABLE)
                .rejects(AgentState.LOGOUT);
        assertThat(StateChangeRules.reached(AgentState.AVAILABLE)).accepts(AgentState.AVAILABLE)
                .rejects(AgentState.NOT_READY, AgentState.TALKING);
    }
}
