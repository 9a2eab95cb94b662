package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.SkillGroupEntry;
import org.junit.jupiter.api.Test;

/** {@link CtiCodec#builder}: a message built by field names, as the simulator builds its events. */
class MessageBuilderTest {

    private final CtiCodec codec = CtiCodec.v24();

    @Test
    void buildsEachFieldAsItsComponentHoldsItAndLeavesTheOthersEmpty() throws Exception {
        AgentStateEvent event = CtiCodec.builder(AgentStateEvent.class).set("peripheralId", 5000)
                .set("agentState", 3).set("mrdId", -1).set("agentId", "1001").set("duration", 42)
                .set("nextAgentState", 2).set("fltSkillGroups", List.of(SkillGroupEntry.of(1, 5001, 0, 3))).build();

        assertThat(event.peripheralId()).isEqualTo(5000);
        assertThat(event.mrdId()).isEqualTo(-1);
        assertThat(event.duration()).isEqualTo(42L);
        assertThat(event.nextAgentState()).isEqualTo(2);
        assertThat(event.agentExtension()).isNull();
        assertThat(event.maxBeyondTaskLimit()).isNull();
        byte[] frame = codec.encode(event);
        assertThat(codec.decodeFrame(frame, 0, frame.length)).as("encoded and decoded back").isEqualTo(event);
    }

    @Test
    void leavesListsEmptyBooleansFalseAndCallVariablesNone() {
        OpenConf conf = CtiCodec.builder(OpenConf.class).set("invokeId", 7).build();
        CallDeliveredEvent delivered = CtiCodec.builder(CallDeliveredEvent.class).set("trunkNumber", 12).build();

        assertThat(conf.peripheralOnline()).isFalse();
        assertThat(conf.peripherals()).isEmpty();
        assertThat(CtiCodec.builder(OpenConf.class).set("peripheralOnline", true).build().peripheralOnline())
                .isTrue();
        assertThat(delivered.trunkNumber()).isEqualTo(12L);
        assertThat(delivered.callVariables()).isEqualTo(CallVariables.none());
        assertThat(delivered.namedVariables()).isEmpty();
        assertThat(delivered.ani()).isNull();
    }

    @Test
    void refusesAValueItsFieldCannotCarryWhereItIsSet() {
        assertThatThrownBy(() -> CtiCodec.builder(AgentStateEvent.class).set("agentState", 70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentState");
        assertThatThrownBy(() -> CtiCodec.builder(AgentStateEvent.class).set("duration", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtiCodec.builder(AgentStateEvent.class).set("agentId", "x".repeat(12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 11");
        assertThatThrownBy(() -> CtiCodec.builder(AgentStateEvent.class).set("noSuchField", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
