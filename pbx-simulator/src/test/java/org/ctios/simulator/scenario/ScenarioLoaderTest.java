package org.ctios.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scenario file the server reads too: the simulator takes the agents' names and ignores them. */
class ScenarioLoaderTest {

    private static Scenario read(String json) throws IOException {
        return ScenarioLoader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void agentsAndRangesMayCarryNamesWhichTheSwitchDoesNotUse() throws IOException {
        Scenario scenario = read("""
                {"agents": [{"agentId": "1001", "extension": "2001", "firstName": "Ada", "lastName": "Okafor",
                             "mode": "CONTROLLED"}],
                 "agentRanges": [{"firstAgentId": 1002, "firstExtension": 2002, "count": 3, "mode": "SIMULATED",
                                  "names": [{"firstName": "Bram", "lastName": "de Vries"}, {"firstName": "Chloé"}]}]}
                """);

        assertThat(scenario.agents()).extracting(AgentProfile::agentId).containsExactly("1001", "1002", "1003",
                "1004");
        assertThat(scenario.agents()).extracting(AgentProfile::extension).containsExactly("2001", "2002", "2003",
                "2004");
    }

    @Test
    void moreNamesThanAgentsInARangeIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> read("""
                {"agentRanges": [{"firstAgentId": 1002, "firstExtension": 2002, "count": 1, "mode": "SIMULATED",
                                  "names": [{"firstName": "Bram"}, {"firstName": "Chloé"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the agent range from 1002 has 2 names for 1 agents: at most one name per agent");
    }

    @Test
    void aMisspeltNameMemberIsRefused() {
        assertThatThrownBy(() -> read("""
                {"agentRanges": [{"firstAgentId": 1002, "firstExtension": 2002, "count": 1, "mode": "SIMULATED",
                                  "names": [{"firstname": "Bram"}]}]}
                """)).isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("firstname");
    }
}
