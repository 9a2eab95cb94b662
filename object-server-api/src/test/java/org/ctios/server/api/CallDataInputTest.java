package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ctios.protocol.types.NamedVariable;
import org.junit.jupiter.api.Test;

class CallDataInputTest {

    @Test
    void callVariablesByNameBecomeTheProtocolsNumberedOnes() {
        var variables = CallDataInput.callVariables(Map.of("CallVariable1", "acct-1", "CallVariable10", "x"));

        assertThat(variables.get(1)).isEqualTo("acct-1");
        assertThat(variables.get(10)).isEqualTo("x");
        assertThat(variables.get(2)).isNull();
    }

    @Test
    void unknownNamesAndTooLongValuesAreRefused() {
        assertThatThrownBy(() -> CallDataInput.callVariables(Map.of("CallVariable11", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CallVariable11");
        assertThatThrownBy(() -> CallDataInput.callVariables(Map.of("CallVariable1", "x".repeat(41))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40");
        assertThatThrownBy(() -> CallDataInput.ecc(Map.of("n".repeat(33), "v")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallDataInput.checkWrapup("w".repeat(40)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eccVariablesMustFitInOneMessage() {
        Map<String, String> ecc = new java.util.TreeMap<>();
        for (int i = 0; i < 10; i++) {
            ecc.put("user.v" + i, "v".repeat(210));
        }
        assertThat(CallDataInput.ecc(Map.of("user.tier", "gold")))
                .containsExactly(new NamedVariable("user.tier", "gold"));
        assertThatThrownBy(() -> CallDataInput.ecc(ecc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000 one message carries");
    }
}
