package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.SkillGroupView;
import org.ctios.simulator.admin.SimulatorStats;

/** The application's state compared with the simulated switch's, as the end-to-end and fault tests assert it. */
final class SwitchTruth {

    private SwitchTruth() {
    }

    /**
     * Every agent (state, reason code, extension), the calls in progress and each skill group's agent and queue
     * figures equal the switch's.
     */
    static void assertStateEqual(RestClient rest, PbxSimulator simulator) {
        SimulatorStats truth = simulator.stats();
        assertThat(storedAgents(rest)).as("every agent: state/reason/extension").isEqualTo(switchAgents(truth));

        assertThat(storedCalls(rest)).as("calls in progress").isEqualTo(switchCalls(simulator));

        for (SkillGroupView group : truth.skillGroups()) {
            JsonNode shown = rest.get("api/skillgroups/" + group.number()).body();
            assertThat(List.of(shown.path("agentsLoggedIn").asInt(), shown.path("agentsAvailable").asInt(),
                    shown.path("agentsNotReady").asInt(), shown.path("agentsTalking").asInt(),
                    shown.path("agentsWrapUp").asInt(), shown.path("callsQueued").asInt()))
                    .as("skill group %d: logged in, available, not ready, talking, wrap-up, queued", group.number())
                    .containsExactly(group.agentsLoggedOn(), group.agentsAvailable(), group.agentsNotReady(),
                            group.agentsTalking() + group.agentsOnHold(),
                            group.agentsWorkReady() + group.agentsWorkNotReady(), group.callsQueued());
        }
    }

    /** Every agent as the application stores it, by id: "state/reason code/extension". */
    static Map<String, String> storedAgents(RestClient rest) {
        Map<String, String> stored = new HashMap<>();
        for (JsonNode agent : rest.get("api/agents").body()) {
            stored.put(agent.path("id").asText(), agent.path("state").asText() + "/"
                    + agent.path("reasonCode").asInt() + "/" + agent.path("extension").asText());
        }
        return stored;
    }

    /** Every agent as the switch knows it, by id: "state/reason code/extension". */
    static Map<String, String> switchAgents(SimulatorStats truth) {
        return truth.agents().stream().collect(Collectors.toMap(SimulatorStats.AgentTruth::agentId,
                agent -> agent.state() + "/" + agent.reasonCode() + "/" + agent.extension()));
    }

    /** The ids of the calls in progress as the application stores them. */
    static Set<Long> storedCalls(RestClient rest) {
        Set<Long> stored = new TreeSet<>();
        rest.get("api/calls").body().forEach(call -> stored.add(call.path("id").asLong()));
        return stored;
    }

    /** The ids of the switch's calls in progress. */
    static Set<Long> switchCalls(PbxSimulator simulator) {
        return simulator.calls().stream().map(CallView::callId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The call history holds no call twice, and exactly one record per call this switch ended; returns this switch's
     * records by call id. The records of the switches a shared server heard before (numbered below this one's first
     * call) are not counted as this switch's.
     */
    static Map<String, JsonNode> assertHistoryComplete(RestClient rest, PbxSimulator simulator) {
        List<JsonNode> history = wholeHistory(rest);
        Set<String> ids = new TreeSet<>();
        for (JsonNode record : history) {
            assertThat(ids.add(record.path("id").asText())).as("call %s recorded once", record.path("id").asText())
                    .isTrue();
        }
        long firstCallId = simulator.firstCallId();
        List<JsonNode> ofThisSwitch = history.stream().filter(record -> record.path("id").asLong() >= firstCallId)
                .toList();
        long callsEnded = simulator.stats().callsEnded();
        if (ofThisSwitch.size() != callsEnded) {
            assertThat(ofThisSwitch.size()).as("one record per call the switch ended; of the calls it numbered, "
                    + "these ended with no record: %s", unrecorded(ofThisSwitch, simulator)).isEqualTo(callsEnded);
        }
        return ofThisSwitch.stream().collect(Collectors.toMap(record -> record.path("id").asText(), record -> record));
    }

    /**
     * The ids the switch numbered (from its first to the highest recorded or in progress) that have no record and are
     * not in progress: the calls a failing history lost, named rather than the whole history printed.
     */
    private static List<Long> unrecorded(List<JsonNode> records, PbxSimulator simulator) {
        Set<Long> known = new TreeSet<>(switchCalls(simulator));
        records.forEach(record -> known.add(record.path("id").asLong()));
        long highest = known.stream().mapToLong(Long::longValue).max().orElse(simulator.firstCallId() - 1);
        List<Long> missing = new ArrayList<>();
        for (long id = simulator.firstCallId(); id <= highest; id++) {
            if (!known.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Every record of the call history, page by page. */
    static List<JsonNode> wholeHistory(RestClient rest) {
        List<JsonNode> records = new ArrayList<>();
        long total;
        do {
            JsonNode page = rest.get("api/calls/history?limit=200&offset=" + records.size()).body();
            total = page.path("total").asLong();
            page.path("records").forEach(records::add);
            if (page.path("records").isEmpty()) {
                break;
            }
        } while (records.size() < total);
        return records;
    }
}
