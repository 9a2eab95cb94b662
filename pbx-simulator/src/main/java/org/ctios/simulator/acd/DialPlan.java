package org.ctios.simulator.acd;

import java.util.Optional;
import org.ctios.protocol.types.AgentState;

/** Where a dialled number leads: a skill group's queue, an agent who can take the call, or an outside number. */
final class DialPlan {

    /** A dialled number's destination: an agent, a skill group, or neither for an outside number. */
    record Destination(Agent agent, SkillGroup group) {
    }

    private final SwitchState state;

    DialPlan(SwitchState state) {
        this.state = state;
    }

    /** Refuses a blank number, the caller itself, an agent who cannot take a call, and what is not a number. */
    Outcome<Destination> destination(String dialedNumber, Agent caller) {
        if (dialedNumber == null || dialedNumber.isBlank()) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "no number dialled");
        }
        for (SkillGroup group : state.skillGroups()) {
            if (dialedNumber.equals(group.profile().dialedNumber())) {
                return Outcome.success(new Destination(null, group));
            }
        }
        Optional<Agent> agent = state.agents().stream()
                .filter(a -> a.extension().equals(dialedNumber) || a.instrument().equals(dialedNumber)).findFirst();
        if (agent.isPresent()) {
            Agent called = agent.get();
            if (called == caller) {
                return Outcome.failure(AcdFailure.INVALID_DESTINATION, "an agent cannot call itself");
            }
            if (!called.isLoggedIn() || !called.calls().isEmpty() || called.state() == AgentState.RESERVED) {
                return Outcome.failure(AcdFailure.INVALID_DESTINATION, "agent " + called.id() + " cannot take a call");
            }
            return Outcome.success(new Destination(called, null));
        }
        if (!dialedNumber.chars().allMatch(c -> Character.isDigit(c) || c == '+' || c == '#' || c == '*')) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "'" + dialedNumber + "' is not a number");
        }
        return Outcome.success(new Destination(null, null));
    }
}
