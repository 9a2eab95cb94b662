package org.ctios.web.api.agents;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The request body binds as Payara's JSON-B binds it, and the login rule sees the password. */
class AgentStateChangeJsonTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aLoginBodyBindsEveryFieldAndPassesTheLoginRule() {
        AgentStateChange change = jsonb.fromJson(
                "{\"state\": \"LOGIN\", \"instrument\": \"2001\", \"password\": \"1001\"}", AgentStateChange.class);

        assertThat(change).usingRecursiveComparison().isEqualTo(new AgentStateChange("LOGIN", null, "2001", "1001"));
        assertThat(change.isPassword()).isTrue();
    }

    @Test
    void aLoginWithoutPasswordFailsTheRuleOtherStatesNeedNone() {
        assertThat(jsonb.fromJson("{\"state\": \"LOGIN\"}", AgentStateChange.class).isPassword()).isFalse();
        assertThat(jsonb.fromJson("{\"state\": \"NOT_READY\", \"reasonCode\": 12}", AgentStateChange.class))
                .usingRecursiveComparison().isEqualTo(new AgentStateChange("NOT_READY", 12, null, null));
    }
}
