package org.ctios.server.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The views' enums name exactly the domain's constants, so that mapping one to the other by name never fails. */
class MirroredEnumsTest {

    @Test
    void theCallStatesAreTheDomains() {
        assertThat(names(CallState.values())).isEqualTo(names(org.ctios.server.domain.call.CallState.values()));
    }

    @Test
    void theEndReasonsAreTheDomains() {
        assertThat(names(EndReason.values())).isEqualTo(names(org.ctios.server.domain.history.EndReason.values()));
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }

    @Test
    void theAgentActionsAreTheDomains() {
        assertThat(names(AgentAction.values()))
                .isEqualTo(names(org.ctios.server.domain.enablement.AgentAction.values()));
    }
}
