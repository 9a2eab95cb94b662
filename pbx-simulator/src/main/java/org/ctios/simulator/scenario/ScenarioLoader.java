package org.ctios.simulator.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads scenarios: JSON files, the built-in demo, and generated load scenarios. */
public final class ScenarioLoader {

    /** Unknown properties fail, so a misspelt field does not pass silently. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScenarioLoader() {
    }

    /** The built-in demo: 50 agents in three skill groups and two teams (see {@code scenarios/demo.json}). */
    public static Scenario demo() {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/demo.json")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in demo scenario cannot be read", e);
        }
    }

    /** The demo, or the JSON file at {@code location}. */
    public static Scenario load(String location) throws IOException {
        if ("demo".equals(location)) {
            return demo();
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return read(in);
        }
    }

    /**
     * A scenario for load: {@code agentCount} simulated agents (ids 1001 on) spread over three skill groups,
     * taking {@code callsPerSecond} calls that ring for {@code ringSeconds}, last {@code handleSeconds} on average
     * and are followed by {@code wrapUpSeconds} of wrap-up.
     */
    public static Scenario load(int agentCount, double callsPerSecond, double ringSeconds, double handleSeconds,
                                double wrapUpSeconds) {
        List<SkillGroupProfile> groups = List.of(new SkillGroupProfile(1, 5001, "Sales", "7001"),
                new SkillGroupProfile(2, 5002, "Service", "7002"), new SkillGroupProfile(3, 5003, "Billing", "7003"));
        List<AgentProfile> agents = new ArrayList<>(agentCount);
        for (int i = 0; i < agentCount; i++) {
            String id = String.valueOf(1001 + i);
            agents.add(new AgentProfile(id, String.valueOf(100_001 + i), null, id, List.of(1 + i % 3), null, false,
                    AgentMode.SIMULATED));
        }
        TrafficProfile traffic = new TrafficProfile(callsPerSecond, Map.of(), seconds(ringSeconds),
                seconds(handleSeconds), seconds(wrapUpSeconds), Duration.ofSeconds(300), Duration.ofSeconds(20));
        return new Scenario("load-" + agentCount, 5000, groups, List.of(), agents, traffic);
    }

    static Scenario read(InputStream json) throws IOException {
        ScenarioFile file = JSON.readValue(json, ScenarioFile.class);
        List<AgentProfile> agents = new ArrayList<>();
        if (file.agents() != null) {
            for (ScenarioFile.AgentEntry agent : file.agents()) {
                agents.add(new AgentProfile(agent.agentId(), agent.extension(), agent.instrument(), agent.password(),
                        orEmpty(agent.skillGroups()), agent.teamId(), agent.supervisor(), agent.mode()));
            }
        }
        if (file.agentRanges() != null) {
            for (ScenarioFile.AgentRange range : file.agentRanges()) {
                refuseMoreNamesThanAgents(range);
                for (int i = 0; i < range.count(); i++) {
                    String id = String.valueOf(range.firstAgentId() + i);
                    agents.add(new AgentProfile(id, String.valueOf(range.firstExtension() + i), null, id,
                            orEmpty(range.skillGroups()), range.teamId(), false, range.mode()));
                }
            }
        }
        return new Scenario(file.name() == null ? "unnamed" : file.name(),
                file.peripheralId() == null ? 5000 : file.peripheralId(), orEmpty(file.skillGroups()),
                orEmpty(file.teams()), agents, traffic(file.traffic()));
    }

    /**
     * The server refuses such a file, so the simulator does too: both read the same one, and a name too many means
     * the names and the agents no longer line up.
     */
    private static void refuseMoreNamesThanAgents(ScenarioFile.AgentRange range) {
        if (range.names() != null && range.names().size() > range.count()) {
            throw new IllegalArgumentException("the agent range from " + range.firstAgentId() + " has "
                    + range.names().size() + " names for " + range.count() + " agents: at most one name per agent");
        }
    }

    private static TrafficProfile traffic(ScenarioFile.Traffic traffic) {
        TrafficProfile demo = TrafficProfile.demo();
        if (traffic == null) {
            return demo;
        }
        return new TrafficProfile(
                traffic.callsPerSecond() == null ? demo.callsPerSecond() : traffic.callsPerSecond(),
                traffic.skillGroupWeights() == null ? Map.of() : traffic.skillGroupWeights(),
                traffic.ringSeconds() == null ? demo.ringTime() : seconds(traffic.ringSeconds()),
                traffic.handleSeconds() == null ? demo.meanHandleTime() : seconds(traffic.handleSeconds()),
                traffic.wrapUpSeconds() == null ? demo.wrapUpTime() : seconds(traffic.wrapUpSeconds()),
                traffic.patienceSeconds() == null ? demo.meanPatience() : seconds(traffic.patienceSeconds()),
                traffic.ringNoAnswerSeconds() == null ? demo.ringNoAnswerTimeout()
                        : seconds(traffic.ringNoAnswerSeconds()));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
