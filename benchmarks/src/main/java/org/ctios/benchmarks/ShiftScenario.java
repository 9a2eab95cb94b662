package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;

/**
 * The contact centre of the shift start, written once as a file in the simulator's scenario format and given to
 * both the simulator and CTI OS ({@code ctios.organisation}), so that both know the same agents, teams and skill
 * groups and the server seeds a demo account for every agent (its id as user name and password; a team's
 * supervisor also supervises that team). Agents ids 1001 on, extensions 100001 on (as the live switch's), in teams
 * of {@value #TEAM_SIZE}; each team takes the calls of one of three skill groups in turn, and its first agent is its
 * supervisor, who also takes calls. Every agent is {@link AgentMode#SIMULATED_AFTER_LOGIN}: logged out until its
 * desktop logs it in and makes it ready, then answering, talking and wrapping up by itself.
 */
final class ShiftScenario {

    static final int TEAM_SIZE = 25;
    static final int FIRST_AGENT_ID = 1001;
    static final int FIRST_EXTENSION = 100_001;

    private ShiftScenario() {
    }

    /**
     * Writes the scenario of {@code agents} agents with that traffic (calls of {@code handleSeconds} on average, 2 s
     * ringing, 5 s wrap-up) to {@code file} and reads it back as the simulator does.
     */
    static Scenario write(Path file, int agents, double callsPerSecond, double ringSeconds, double handleSeconds,
                          double wrapUpSeconds) throws IOException {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "shift-start-" + agents);
        scenario.put("peripheralId", 5000);
        scenario.put("skillGroups", List.of(group(1, 5001, "Sales", "7001"), group(2, 5002, "Service", "7002"),
                group(3, 5003, "Billing", "7003")));
        List<Map<String, Object>> teams = new ArrayList<>();
        List<Map<String, Object>> supervisors = new ArrayList<>();
        List<Map<String, Object>> ranges = new ArrayList<>();
        for (int first = 0, team = 1; first < agents; first += TEAM_SIZE, team++) {
            int size = Math.min(TEAM_SIZE, agents - first);
            int skillGroup = 1 + (team - 1) % 3;
            String supervisor = String.valueOf(FIRST_AGENT_ID + first);
            teams.add(Map.of("id", team, "name", "Team " + team, "supervisorId", supervisor));
            Map<String, Object> lead = new LinkedHashMap<>();
            lead.put("agentId", supervisor);
            lead.put("extension", String.valueOf(FIRST_EXTENSION + first));
            lead.put("password", supervisor);
            lead.put("skillGroups", List.of(skillGroup));
            lead.put("teamId", team);
            lead.put("supervisor", true);
            lead.put("mode", AgentMode.SIMULATED_AFTER_LOGIN.name());
            supervisors.add(lead);
            if (size > 1) {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("firstAgentId", FIRST_AGENT_ID + first + 1);
                range.put("firstExtension", FIRST_EXTENSION + first + 1);
                range.put("count", size - 1);
                range.put("skillGroups", List.of(skillGroup));
                range.put("teamId", team);
                range.put("mode", AgentMode.SIMULATED_AFTER_LOGIN.name());
                ranges.add(range);
            }
        }
        scenario.put("teams", teams);
        scenario.put("agents", supervisors);
        scenario.put("agentRanges", ranges);
        Map<String, Object> traffic = new LinkedHashMap<>();
        traffic.put("callsPerSecond", callsPerSecond);
        traffic.put("ringSeconds", ringSeconds);
        traffic.put("handleSeconds", handleSeconds);
        traffic.put("wrapUpSeconds", wrapUpSeconds);
        traffic.put("patienceSeconds", 300);
        traffic.put("ringNoAnswerSeconds", 20);
        scenario.put("traffic", traffic);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), scenario);
        return ScenarioLoader.load(file.toString());
    }

    private static Map<String, Object> group(int number, long id, String name, String dialedNumber) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("number", number);
        group.put("id", id);
        group.put("name", name);
        group.put("dialedNumber", dialedNumber);
        return group;
    }
}
