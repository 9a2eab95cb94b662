package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** AGENT_STATE_EVENT's NextAgentState, the state an agent asked for during a call, reaches the server. */
class PendingAgentStateTest {

    private final EventTranslator translator = new EventTranslator(1);

    private AgentStateChanged translated(Integer nextAgentState, int reasonCode) {
        AgentStateEvent event = CtiCodec.builder(AgentStateEvent.class).set("peripheralId", 5000)
                .set("agentState", AgentState.TALKING.wire()).set("eventReasonCode", reasonCode)
                .set("nextAgentState", nextAgentState).set("agentId", "1001").set("agentExtension", "2001").build();
        return (AgentStateChanged) translator.translate(event, Instant.EPOCH).orElseThrow();
    }

    @Test
    void theNextStateIsThePendingOneWithTheEventsReason() {
        AgentStateChanged changed = translated(AgentState.NOT_READY.wire(), 5);

        assertThat(changed.state()).isEqualTo(AgentState.TALKING);
        assertThat(changed.nextState()).isEqualTo(AgentState.NOT_READY);
        assertThat(changed.reasonCode()).isEqualTo(5);
    }

    @Test
    void anEventWithoutNextStateHasNonePending() {
        assertThat(translated(null, 0).nextState()).isNull();
    }
}
