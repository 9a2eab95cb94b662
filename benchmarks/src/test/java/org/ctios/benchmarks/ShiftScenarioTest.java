package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.scenario.TeamProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift's contact centre as one file for the simulator and the server. */
class ShiftScenarioTest {

    @TempDir
    Path directory;

    @Test
    void teamsOfTwentyFiveEachWithItsSupervisorEveryAgentLoggedInByItsDesktop() throws Exception {
        Path file = directory.resolve("shift/organisation.json");

        Scenario scenario = ShiftScenario.write(file, 2_010, 20, 2, 30, 5);

        assertThat(ScenarioLoader.load(file.toString())).isEqualTo(scenario);
        assertThat(scenario.agents()).hasSize(2_010);
        assertThat(scenario.teams()).hasSize(81);
        assertThat(scenario.agents()).allMatch(agent -> agent.mode() == AgentMode.SIMULATED_AFTER_LOGIN)
                .allMatch(agent -> agent.password().equals(agent.agentId()));
        TeamProfile first = scenario.teams().get(0);
        assertThat(first.supervisorId()).isEqualTo("1001");
        AgentProfile supervisor = agent(scenario, "1001");
        assertThat(supervisor.supervisor()).isTrue();
        assertThat(supervisor.extension()).isEqualTo("100001");
        assertThat(supervisor.teamId()).isEqualTo(1);
        assertThat(agent(scenario, "1025").teamId()).isEqualTo(1);
        assertThat(agent(scenario, "1026").supervisor()).as("team 2's supervisor").isTrue();
        assertThat(agent(scenario, "1026").skillGroups()).isEqualTo(List.of(2));
        assertThat(agent(scenario, "1076").skillGroups()).as("team 4: the groups in turn").isEqualTo(List.of(1));
        assertThat(agent(scenario, "3010").teamId()).as("the last team holds what is left").isEqualTo(81);
        assertThat(scenario.agents().stream().filter(AgentProfile::supervisor)).hasSize(81);
        assertThat(scenario.traffic().callsPerSecond()).isEqualTo(20);
    }

    private static AgentProfile agent(Scenario scenario, String id) {
        return scenario.agents().stream().filter(agent -> agent.agentId().equals(id)).findFirst().orElseThrow();
    }
}
