package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.AgentProfile;

/** An agent of the simulated ACD. Mutable, confined to the engine's thread. */
final class Agent {

    private final AgentProfile profile;
    private final List<SkillGroup> skillGroups;
    private final List<Call> calls = new ArrayList<>();
    private AgentState state = AgentState.LOGOUT;
    private int reasonCode;
    private Instant stateSince;
    private Instant availableSince;
    /** A state asked for during a call, taken when the call ends ("not ready pending"). */
    private AgentState pendingState;
    private int pendingReasonCode;
    private long stateChanges;
    /** The state the agent was in before its first current call, where it returns to when they all end. */
    private AgentState stateBeforeCalls = AgentState.NOT_READY;
    private int reasonBeforeCalls;
    private final AgentTally tally = new AgentTally();
    /** The agent's team: the scenario's at start, then wherever the switch's configuration moved it. */
    private Integer teamId;

    Agent(AgentProfile profile, List<SkillGroup> skillGroups, Instant now) {
        this.profile = profile;
        this.skillGroups = List.copyOf(skillGroups);
        this.stateSince = now;
        this.teamId = profile.teamId();
    }

    /** The team the agent belongs to now, or null for none. */
    Integer teamId() {
        return teamId;
    }

    void moveToTeam(Integer team) {
        this.teamId = team;
    }

    String id() {
        return profile.agentId();
    }

    String extension() {
        return profile.extension();
    }

    String instrument() {
        return profile.instrument();
    }

    AgentProfile profile() {
        return profile;
    }

    /** Whether the simulator plays the agent's calls (answers, talks, wraps up): SIMULATED_AFTER_LOGIN too. */
    boolean isSimulated() {
        return profile.mode() == AgentMode.SIMULATED || profile.mode() == AgentMode.SIMULATED_AFTER_LOGIN;
    }

    /** Whether the simulator logs the agent in at the start of the shift. */
    boolean logsInAtShiftStart() {
        return profile.mode() == AgentMode.SIMULATED;
    }

    boolean isLoggedIn() {
        return state != AgentState.LOGOUT;
    }

    List<SkillGroup> skillGroups() {
        return skillGroups;
    }

    List<Call> calls() {
        return calls;
    }

    /** Puts the agent on a call; the first call remembers the state the agent will return to. */
    void joinCall(Call call) {
        if (calls.isEmpty()) {
            stateBeforeCalls = state == AgentState.RESERVED || state == AgentState.TALKING
                    || state == AgentState.HOLD ? AgentState.AVAILABLE : state;
            reasonBeforeCalls = reasonCode;
        }
        if (!calls.contains(call)) {
            calls.add(call);
        }
    }

    void leaveCall(Call call) {
        calls.remove(call);
    }

    AgentState stateBeforeCalls() {
        return stateBeforeCalls;
    }

    int reasonBeforeCalls() {
        return reasonBeforeCalls;
    }

    AgentState state() {
        return state;
    }

    int reasonCode() {
        return reasonCode;
    }

    Instant availableSince() {
        return availableSince;
    }

    /** Free to be offered an ACD call: available and on no call. */
    boolean isRoutable() {
        return state == AgentState.AVAILABLE && calls.isEmpty();
    }

    /** Moves to a state; returns false when it is the state the agent is already in. */
    boolean moveTo(AgentState newState, int newReasonCode, Instant at) {
        if (newState == state && newReasonCode == reasonCode) {
            return false;
        }
        if (newState == AgentState.AVAILABLE && state != AgentState.AVAILABLE) {
            availableSince = at;
        }
        if (state == AgentState.LOGOUT) {
            tally.loggedIn();
        } else {
            tally.stateEnded(state, stateSince, at);
        }
        state = newState;
        reasonCode = newReasonCode;
        stateSince = at;
        stateChanges++;
        return true;
    }

    void pendingState(AgentState state, int reasonCode) {
        this.pendingState = state;
        this.pendingReasonCode = reasonCode;
    }

    AgentState pendingState() {
        return pendingState;
    }

    int pendingReasonCode() {
        return pendingReasonCode;
    }

    void clearPendingState() {
        pendingState = null;
        pendingReasonCode = 0;
    }

    /** What the agent did since login and today, for QUERY_AGENT_STATISTICS. */
    AgentTally tally() {
        return tally;
    }

    AgentView view() {
        return new AgentView(profile.agentId(), profile.extension(), profile.instrument(),
                skillGroups.stream().map(SkillGroup::number).toList(), teamId, profile.supervisor(),
                profile.mode(), state, reasonCode, stateSince, calls.stream().map(Call::id).toList(), stateChanges,
                pendingState, pendingReasonCode);
    }
}
