package org.ctios.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void everyAgentOfTheDemoHasAFirstAndALastName() throws IOException {
        // read as the file it is: the names are not kept in the simulator's scenario
        JsonNode demo = new ObjectMapper().readTree(
                ScenarioLoaderTest.class.getResourceAsStream("/scenarios/demo.json"));
        int named = 0;
        for (JsonNode agent : demo.get("agents")) {
            assertThat(agent.path("firstName").asText()).as(agent.toString()).isNotBlank();
            assertThat(agent.path("lastName").asText()).as(agent.toString()).isNotBlank();
            named++;
        }
        for (JsonNode range : demo.get("agentRanges")) {
            assertThat(range.get("names")).as("the names of the range from %s", range.get("firstAgentId"))
                    .hasSize(range.get("count").asInt());
            for (JsonNode name : range.get("names")) {
                assertThat(name.path("firstName").asText()).as(name.toString()).isNotBlank();
                assertThat(name.path("lastName").asText()).as(name.toString()).isNotBlank();
                named++;
            }
        }
        assertThat(named).isEqualTo(ScenarioLoader.demo().agents().size()).isEqualTo(50);
    }
}
