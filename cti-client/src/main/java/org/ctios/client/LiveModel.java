package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The session's live agents, calls and skill groups, changed by the stream's events in their order (on the stream's
 * thread) and read by any thread. What it holds is bounded by the stream's scope: each snapshot replaces the agents and
 * calls, a call leaves with its end, and in agent and team mode a call no followed agent is on any more leaves too.
 */
final class LiveModel {

    private final Controls controls;
    /** Agent and team mode: calls without a followed agent are dropped. Monitor mode keeps them to their end. */
    private final boolean followsCallsOfItsAgentsOnly;
    private final Consumer<Consumer<CtiListener>> notify;
    private final Map<String, Agent> agents = new ConcurrentHashMap<>();
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final Map<String, SkillGroup> skillGroups = new ConcurrentHashMap<>();

    LiveModel(Controls controls, boolean followsCallsOfItsAgentsOnly, Consumer<Consumer<CtiListener>> notify) {
        this.controls = controls;
        this.followsCallsOfItsAgentsOnly = followsCallsOfItsAgentsOnly;
        this.notify = notify;
    }

    Map<String, Agent> agents() {
        return agents;
    }

    Map<String, Call> calls() {
        return calls;
    }

    Map<String, SkillGroup> skillGroups() {
        return skillGroups;
    }

    Snapshot snapshot(Snapshot.Reason reason) {
        return new Snapshot(List.copyOf(agents.values()), List.copyOf(calls.values()), reason);
    }

    /** Applies one event of the stream and tells the listener what changed. */
    void apply(String name, String data) {
        JsonNode json = Json.parse(data);
        switch (name) {
            case "snapshot" -> applySnapshot(json);
            case "AgentState" -> applyAgent(json.path("agent"), true);
            case "CallDelivered" -> {
                Call call = applyCall(json);
                JsonNode pop = json.path("screenPop");
                ScreenPop screenPop = new ScreenPop(Json.text(json, "agentId"), Json.text(json, "device"),
                        Json.text(pop, "ani"), Json.text(pop, "dnis"), Json.text(pop, "dialedNumber"),
                        Json.text(pop, "callerEnteredDigits"), Json.stringMap(pop, "callVariables"),
                        Json.stringMap(pop, "ecc"), Json.text(pop, "skillGroupNumber"));
                if (call != null) {
                    notify.accept(l -> l.onCallDelivered(call, screenPop));
                }
            }
            case "CallEstablished" -> callEvent(json, CtiListener::onCallEstablished);
            case "CallHeld" -> callEvent(json, CtiListener::onCallHeld);
            case "CallRetrieved" -> callEvent(json, CtiListener::onCallRetrieved);
            case "CallData" -> callEvent(json, CtiListener::onCallDataChanged);
            case "CallChanged" -> {
                Set<String> departed = Set.copyOf(Json.strings(json, "departedAgentIds"));
                String event = Json.text(json, "event");
                callEvent(json, (l, call) -> l.onCallChanged(call, event, departed));
            }
            case "CallEnded" -> {
                String callId = Json.text(json, "callId");
                Call last = callId == null ? null : calls.remove(callId);
                applyAgents(json);
                CallEnd end = new CallEnd(callId, Json.text(json, "callKey"), Json.text(json, "reason"), last);
                notify.accept(l -> l.onCallEnded(end));
            }
            case "SkillGroupStatistics" -> {
                SkillGroup group = SkillGroup.of(json.path("skillGroup"));
                if (group.number() != null) {
                    skillGroups.put(group.number(), group);
                    notify.accept(l -> l.onSkillGroupStatistics(group));
                }
            }
            default -> notify.accept(l -> l.onOtherEvent(name, data));
        }
    }

    private void applySnapshot(JsonNode json) {
        agents.clear();
        calls.clear();
        json.path("agents").forEach(agent -> {
            Agent value = controls.agent(agent);
            agents.put(value.id(), value);
        });
        json.path("calls").forEach(call -> {
            Call value = controls.call(call);
            calls.put(value.id(), value);
        });
        Snapshot snapshot = snapshot(Snapshot.Reason.STREAM);
        notify.accept(l -> l.onSnapshot(snapshot));
    }

    /** Reads skill groups outside the stream ({@code GET /skillgroups} when a stream starts). */
    void putSkillGroups(List<SkillGroup> groups) {
        groups.forEach(group -> skillGroups.put(group.number(), group));
    }

    private void callEvent(JsonNode json, java.util.function.BiConsumer<CtiListener, Call> what) {
        Call call = applyCall(json);
        if (call != null) {
            notify.accept(l -> what.accept(l, call));
        }
    }

    /** The call of a call event, and the agents on it with their buttons; null when the event has no call. */
    private Call applyCall(JsonNode json) {
        JsonNode node = json.path("call");
        applyAgents(json);
        if (!node.isObject()) {
            return null;
        }
        Call call = controls.call(node);
        Call previous = calls.get(call.id());
        boolean followed = !followsCallsOfItsAgentsOnly || call.agentIds().stream().anyMatch(agents::containsKey);
        if (followed) {
            calls.put(call.id(), call);
        } else {
            calls.remove(call.id());
        }
        Set<String> agentIds = new HashSet<>(call.enabledActions().keySet());
        if (previous != null) {
            agentIds.addAll(previous.enabledActions().keySet());
        }
        for (String agentId : agentIds) {
            Set<String> before = previous == null ? Set.of() : previous.enabledActions(agentId);
            Set<String> after = call.enabledActions(agentId);
            if (!before.equals(after) && agents.containsKey(agentId)) {
                notify.accept(l -> l.onEnabledActionsChanged(agentId, call.id(), after));
            }
        }
        return call;
    }

    /** The {@code agents} of a call event: the followed ones (and in monitor mode any) get their new buttons. */
    private void applyAgents(JsonNode json) {
        json.path("agents").forEach(agent -> {
            String id = Json.text(agent, "id");
            if (id != null && (agents.containsKey(id) || !followsCallsOfItsAgentsOnly)) {
                applyAgent(agent, false);
            }
        });
    }

    private void applyAgent(JsonNode node, boolean stateEvent) {
        if (!node.isObject()) {
            return;
        }
        Agent agent = controls.agent(node);
        Agent previous = agents.put(agent.id(), agent);
        boolean stateChanged = previous == null || !Objects.equals(previous.state(), agent.state())
                || previous.reasonCode() != agent.reasonCode()
                || !Objects.equals(previous.pendingState(), agent.pendingState())
                || previous.pendingReasonCode() != agent.pendingReasonCode();
        if (stateEvent || stateChanged) {
            notify.accept(l -> l.onAgentStateChanged(agent, previous));
        }
        if (previous == null || !previous.enabledActions().equals(agent.enabledActions())) {
            notify.accept(l -> l.onEnabledActionsChanged(agent.id(), null, agent.enabledActions()));
        }
    }
}
