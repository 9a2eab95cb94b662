package org.ctios.simulator.acd;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;
import org.ctios.simulator.scenario.TeamProfile;
import org.ctios.simulator.scenario.TrafficProfile;

/** Small scenarios for the switch's tests: no generated traffic, known agents. */
final class TestScenarios {

    static final TrafficProfile QUIET = new TrafficProfile(0, Map.of(), Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(15));

    private TestScenarios() {
    }

    /** Controlled agents 1001 to 1003 (sales), supervisor 1009 of team 1, simulated agent 1010 (support). */
    static Scenario small() {
        return new Scenario("test", 5000,
                List.of(new SkillGroupProfile(1, 101, "Sales", "7001"), new SkillGroupProfile(2, 102, "Support",
                        "7002")),
                List.of(new TeamProfile(1, "Team 1", "1009")),
                List.of(controlled("1001", 1), controlled("1002", 1), controlled("1003", 1),
                        new AgentProfile("1009", "2009", null, "1009", List.of(1), 1, true, AgentMode.CONTROLLED),
                        new AgentProfile("1010", "2010", null, "1010", List.of(2), 1, false, AgentMode.SIMULATED)),
                QUIET);
    }

    /**
     * Controlled agents 1001 and 1002 and simulated agent 1011, all in sales (1); 1011 is available from the start of
     * the shift, so an ACD call for sales goes to it first.
     */
    static Scenario salesWithASimulatedAgent() {
        return new Scenario("test", 5000,
                List.of(new SkillGroupProfile(1, 101, "Sales", "7001"), new SkillGroupProfile(2, 102, "Support",
                        "7002")),
                List.of(new TeamProfile(1, "Team 1", "1002")),
                List.of(controlled("1001", 1), controlled("1002", 1),
                        new AgentProfile("1011", "2011", null, "1011", List.of(1), 1, false, AgentMode.SIMULATED)),
                QUIET);
    }

    private static AgentProfile controlled(String id, int group) {
        return new AgentProfile(id, "2" + id.substring(1), null, id, List.of(group), 1, false, AgentMode.CONTROLLED);
    }
}
