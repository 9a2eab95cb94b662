package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.CallBegun;

/**
 * Customer calls arriving at the switch: injected by a test or the admin interface, or generated for the traffic,
 * spread over the skill groups by its weights and carrying made-up but plausible caller data.
 */
final class CustomerCalls {

    /** Calls that may wait for one agent at once: a demo's or a test's handful, not a queue to grow without end. */
    static final int MAX_QUEUED_FOR_AN_AGENT = 10;

    private final SwitchState state;
    private final CallDistribution distribution;

    CustomerCalls(SwitchState state, CallDistribution distribution) {
        this.state = state;
        this.distribution = distribution;
    }

    /** A customer call for a skill group, with made-up but plausible data, as the traffic generator sends it. */
    void generatedCall() {
        if (!state.isPeripheralOnline() || state.skillGroups().isEmpty()) {
            return;
        }
        Random random = state.random();
        SkillGroup group = pickSkillGroup();
        String ani = "0" + (100_000_000 + random.nextInt(900_000_000));
        String account = String.valueOf(10_000_000 + random.nextInt(90_000_000));
        CallVariables variables = CallVariables.of(account, "order-" + random.nextInt(100_000), null, null,
                "priority-" + (1 + random.nextInt(3)));
        List<NamedVariable> ecc = List.of(new NamedVariable("user.customer.tier", random.nextBoolean() ? "gold"
                : "silver"), new NamedVariable("user.ivr.language", "en"));
        injectCall(group.number(), ani, group.profile().dialedNumber(), variables, ecc);
    }

    /** Picks the skill group of the next generated call by the traffic's weights. */
    private SkillGroup pickSkillGroup() {
        Random random = state.random();
        List<SkillGroup> groups = new ArrayList<>(state.skillGroups());
        Map<Integer, Double> weights = state.traffic().skillGroupWeights();
        if (weights.isEmpty()) {
            return groups.get(random.nextInt(groups.size()));
        }
        double total = groups.stream().mapToDouble(g -> weights.getOrDefault(g.number(), 0.0)).sum();
        double pick = random.nextDouble() * total;
        for (SkillGroup group : groups) {
            pick -= weights.getOrDefault(group.number(), 0.0);
            if (pick < 0) {
                return group;
            }
        }
        return groups.get(groups.size() - 1);
    }

    /** A customer call arrives for a skill group: BEGIN_CALL, then delivery or the queue. */
    Outcome<Long> injectCall(int skillGroupNumber, String ani, String dnis, CallVariables variables,
                             List<NamedVariable> ecc) {
        if (!state.isPeripheralOnline()) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        SkillGroup group = state.skillGroup(skillGroupNumber);
        if (group == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_SKILL_GROUP, "no skill group " + skillGroupNumber);
        }
        Call call = arrive(group, ani, dnis, variables, ecc);
        distribution.route(call, group, ani);
        return Outcome.success(call.id());
    }

    /**
     * A customer call for one logged-in agent, through one of its skill groups (its first unless named): it rings
     * there when the agent is available, else waits for that agent alone, at most {@link #MAX_QUEUED_FOR_AN_AGENT}.
     */
    Outcome<Long> injectCallForAgent(String agentId, Integer skillGroupNumber, String ani, String dnis,
                                     CallVariables variables, List<NamedVariable> ecc) {
        Outcome<Agent> found = state.loggedInAgent(agentId);
        if (found instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) found).value();
        if (skillGroupNumber == null && agent.skillGroups().isEmpty()) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "agent " + agentId + " is in no skill group");
        }
        SkillGroup group = skillGroupNumber == null ? agent.skillGroups().get(0) : state.skillGroup(skillGroupNumber);
        if (group == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_SKILL_GROUP, "no skill group " + skillGroupNumber);
        }
        if (!agent.skillGroups().contains(group)) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "agent " + agentId + " is not in skill group "
                    + group.number());
        }
        long waiting = agent.skillGroups().stream().mapToLong(g -> g.queuedFor(agent)).sum();
        if (waiting >= MAX_QUEUED_FOR_AN_AGENT) {
            return Outcome.failure(AcdFailure.QUEUE_FULL, waiting + " calls already wait for agent " + agentId
                    + " (at most " + MAX_QUEUED_FOR_AN_AGENT + ")");
        }
        Call call = arrive(group, ani, dnis, variables, ecc);
        distribution.routeToAgent(call, agent, ani);
        return Outcome.success(call.id());
    }

    /** The call begins (BEGIN_CALL): the caller connected, offered to the group. */
    private Call arrive(SkillGroup group, String ani, String dnis, CallVariables variables, List<NamedVariable> ecc) {
        Instant now = state.now();
        Call call = state.newCall(CallKind.ACD_IN, now);
        call.customerData(ani, dnis, dnis, null);
        call.updateData(null, null, variables == null ? CallVariables.none() : variables,
                ecc == null ? List.of() : ecc, List.of(), null);
        call.skillGroup(group);
        call.connect(ani == null || ani.isEmpty() ? "caller" : ani, DeviceKind.EXTERNAL, null,
                ConnectionState.CONNECTED);
        group.offered();
        state.emit(new CallBegun(now, call.view()));
        return call;
    }
}
