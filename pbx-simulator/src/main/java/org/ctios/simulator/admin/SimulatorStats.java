package org.ctios.simulator.admin;

import java.util.List;
import java.util.Map;
import org.ctios.simulator.acd.SkillGroupView;

/**
 * What the simulator has done and the truth of its switch, for tests to compare the product's state with.
 *
 * @param openSessions open CTI sessions per side
 * @param sidesUp      which sides accept connections
 * @param eventsSent   events sent to sessions per message type name
 * @param agents       every agent's state and calls
 */
public record SimulatorStats(Map<String, Integer> openSessions, Map<String, Boolean> sidesUp,
                             Map<String, Long> eventsSent, long callsActive, long callsEnded,
                             boolean peripheralOnline, double callsPerSecond, List<AgentTruth> agents,
                             List<SkillGroupView> skillGroups) {

    /** One agent as the switch knows it. */
    public record AgentTruth(String agentId, String extension, String state, int reasonCode, List<Long> calls) {
    }
}
