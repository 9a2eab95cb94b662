package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

class StateRequestTest {

    @Test
    void aRequestForAStateNobodyCanAskForOrWithoutItsPasswordIsRefused() {
        assertThatThrownBy(() -> StateRequest.to(AgentState.TALKING, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TALKING");
        assertThatThrownBy(() -> StateRequest.login("2001", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> StateRequest.to(AgentState.NOT_READY, 70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasonCode");
    }
}
