package org.ctios.web.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** Every reason an agent shows has words: the configured label, the switch's own code's, or "Reason n". */
class ReasonLabelsTest {

    private final ReasonLabels labels = new ReasonLabels(Map.of(1, "Break", 2, "Lunch", 50_004, "Desk meeting"),
            Map.of(1, "End of shift", 2, "Sick"));

    @Test
    void aConfiguredCodeHasItsConfiguredLabelInItsOwnList() {
        assertThat(labels.label(AgentState.NOT_READY, 2)).isEqualTo("Lunch");
        assertThat(labels.label(AgentState.WORK_NOT_READY, 2)).as("wrap-up then not ready").isEqualTo("Lunch");
        assertThat(labels.label(AgentState.LOGOUT, 2)).as("the logout list gives 2 another meaning").isEqualTo("Sick");
    }

    @Test
    void theCodesTheSwitchSetsItselfHaveTheirOwnLabels() {
        assertThat(labels.label(AgentState.NOT_READY, 32_767)).isEqualTo("Call not answered");
        assertThat(labels.label(AgentState.NOT_READY, 50_002)).isEqualTo("Connection to the desktop lost");
        assertThat(labels.label(AgentState.NOT_READY, 50_010)).isEqualTo("Routed calls did not arrive");
        assertThat(labels.label(AgentState.LOGOUT, 50_001)).isEqualTo("Desktop disconnected");
        assertThat(labels.label(AgentState.LOGOUT, 50_003)).isEqualTo("Phone out of service");
        assertThat(labels.label(AgentState.LOGOUT, 50_004)).isEqualTo("Inactive too long");
        assertThat(labels.label(AgentState.LOGOUT, 50_042)).isEqualTo("Mobile agent's line disconnected");
    }

    @Test
    void aConfiguredLabelWinsOverTheSwitchsOwnInItsList() {
        assertThat(labels.label(AgentState.NOT_READY, 50_004)).isEqualTo("Desk meeting");
        assertThat(labels.label(AgentState.LOGOUT, 50_004)).isEqualTo("Inactive too long");
    }

    @Test
    void anUnknownCodeHasANeutralLabelAndNoReasonHasNone() {
        assertThat(labels.label(AgentState.NOT_READY, 42)).isEqualTo("Reason 42");
        assertThat(labels.label(AgentState.LOGOUT, 50_041)).as("a not-ready code of the switch, at logout")
                .isEqualTo("Reason 50041");
        assertThat(labels.label(AgentState.NOT_READY, 0)).isNull();
        assertThat(labels.label(AgentState.AVAILABLE, 0)).isNull();
        assertThat(labels.label(null, 5)).as("no pending state").isNull();
    }
}
