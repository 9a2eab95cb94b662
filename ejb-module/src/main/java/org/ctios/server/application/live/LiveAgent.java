package org.ctios.server.application.live;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentSkillGroup;
import org.ctios.server.domain.agent.AgentState;

/**
 * An agent as a committed transaction left it, detached from the database: what the live read model keeps.
 *
 * @param firstName        the first name the organisation gives, or null
 * @param lastName         the last name the organisation gives, or null
 * @param skillGroupStates the agent's state in each of its skill groups, by skill group number
 * @param stampEpoch       with {@code stampSequence}, the place of the last event applied to it in the link's stream
 * @param pendingState     the state it asked for during a call, taken when the call ends; null when none
 * @param pendingReasonCode that state's reason code, 0 when none
 */
public record LiveAgent(String agentId, String extension, String instrument, String firstName, String lastName,
                        Integer teamId, boolean supervisor, AgentState state, int reasonCode, Instant stateSince,
                        Instant loggedInSince, Map<Long, AgentState> skillGroupStates, long stampEpoch,
                        long stampSequence, AgentState pendingState, int pendingReasonCode) {

    public LiveAgent {
        skillGroupStates = Map.copyOf(skillGroupStates);
    }

    /** The agent as its entity holds it now. */
    public static LiveAgent of(Agent agent) {
        Map<Long, AgentState> groups = new TreeMap<>();
        for (AgentSkillGroup group : agent.skillGroups()) {
            groups.put(group.skillGroupNumber(), group.state());
        }
        return new LiveAgent(agent.agentId(), agent.extension(), agent.instrument(), agent.firstName(),
                agent.lastName(), agent.teamId(), agent.supervisor(), agent.state(), agent.reasonCode(),
                agent.stateSince(), agent.loggedInSince(), groups, agent.stamp().epoch(), agent.stamp().sequence(),
                agent.pendingState(), agent.pendingReasonCode());
    }

    /** The devices its calls are reported at: its instrument and its extension. */
    public Set<String> devices() {
        Set<String> devices = new HashSet<>(2);
        if (extension != null) {
            devices.add(extension);
        }
        if (instrument != null) {
            devices.add(instrument);
        }
        return devices;
    }

    /** Whether its instrument or its extension is this device. */
    public boolean isAt(String device) {
        return device.equals(extension) || device.equals(instrument);
    }

    /** Whether this is a later report of the agent than {@code other} (or the same one). */
    boolean isNotOlderThan(LiveAgent other) {
        return stampEpoch != other.stampEpoch ? stampEpoch > other.stampEpoch : stampSequence >= other.stampSequence;
    }
}
