package org.ctios.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.ctios.web.api.agents.AgentStateChange;
import org.junit.jupiter.api.Test;

/** What the 400 says about a body JSON-B cannot read, without the binding's internals. */
class UnreadableBodiesTest {

    private final Jsonb json = JsonbBuilder.create();   // as Payara's JAX-RS binds request bodies

    @Test
    void malformedJsonIsSaidToBeSoWithWhereItBreaks() {
        Throwable failure = catchThrowable(() -> json.fromJson("{\"state\": \"LOGIN\",\n \"password\": ",
                AgentStateChange.class));

        assertThat(UnreadableBodies.describe(failure)).startsWith("the body is not well-formed JSON (at line 2,");
    }

    @Test
    void aValueOfTheWrongTypeIsSaidToBeSoWithoutNamingTheApplicationsClasses() {
        Throwable failure = catchThrowable(() -> json.fromJson("{\"state\": \"NOT_READY\", \"reasonCode\": "
                + "{\"a\": 1}}", AgentStateChange.class));

        assertThat(failure).isNotNull();
        assertThat(UnreadableBodies.describe(failure)).contains("wrong type").doesNotContain("org.ctios");
    }
}
