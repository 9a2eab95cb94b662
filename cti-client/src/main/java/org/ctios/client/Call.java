package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A call in progress as the server showed it at one moment ({@code GET /calls/{id}}, a snapshot, a call event): an
 * immutable value; {@link CtiSession#call(String)} gives the latest. Agents act on it through {@link #actions()} (the
 * session's own agent) or {@link #actionsOf(String)}.
 */
public final class Call {

    private final Controls controls;
    private final String id;
    private final String state;
    private final String ani;
    private final String dnis;
    private final String dialedNumber;
    private final String callerEnteredDigits;
    private final Map<String, String> callVariables;
    private final Map<String, String> ecc;
    private final String wrapupData;
    private final String skillGroup;
    private final List<String> agentIds;
    private final Map<String, Set<String>> enabledActions;
    private final List<Party> parties;
    private final Instant begunAt;
    private final Instant deliveredAt;
    private final Instant answeredAt;
    private final boolean recording;
    private final String conferenceController;

    Call(JsonNode json, Controls controls) {
        this.controls = controls;
        this.id = Json.text(json, "id");
        this.state = Json.text(json, "state");
        this.ani = Json.text(json, "ani");
        this.dnis = Json.text(json, "dnis");
        this.dialedNumber = Json.text(json, "dialedNumber");
        this.callerEnteredDigits = Json.text(json, "callerEnteredDigits");
        this.callVariables = Json.stringMap(json, "callVariables");
        this.ecc = Json.stringMap(json, "ecc");
        this.wrapupData = Json.text(json, "wrapupData");
        this.skillGroup = Json.text(json, "skillGroup");
        this.agentIds = Json.strings(json, "agentIds");
        Map<String, Set<String>> enabled = new LinkedHashMap<>();
        json.path("enabledActions").properties().forEach(entry -> {
            Set<String> actions = new LinkedHashSet<>();
            entry.getValue().forEach(action -> actions.add(action.asText()));
            enabled.put(entry.getKey(), Collections.unmodifiableSet(actions));
        });
        this.enabledActions = Collections.unmodifiableMap(enabled);
        List<Party> onCall = new ArrayList<>();
        json.path("parties").forEach(party -> onCall.add(new Party(Json.text(party, "deviceId"),
                Json.text(party, "agentId"), Json.text(party, "state"), Json.flag(party, "supervising"))));
        this.parties = List.copyOf(onCall);
        this.begunAt = Json.instant(json, "begunAt");
        this.deliveredAt = Json.instant(json, "deliveredAt");
        this.answeredAt = Json.instant(json, "answeredAt");
        this.recording = Json.flag(json, "recording");
        this.conferenceController = Json.text(json, "conferenceController");
    }

    public String id() {
        return id;
    }

    /** The call's state, such as ALERTING, CONNECTED, HELD, QUEUED; {@code REQUESTED} in a 202 to a make-call. */
    public String state() {
        return state;
    }

    /** The caller's number. */
    public String ani() {
        return ani;
    }

    /** The number the caller dialled, as the switch reports it. */
    public String dnis() {
        return dnis;
    }

    public String dialedNumber() {
        return dialedNumber;
    }

    public String callerEnteredDigits() {
        return callerEnteredDigits;
    }

    /** {@code CallVariable1}... to their values. */
    public Map<String, String> callVariables() {
        return callVariables;
    }

    /** ECC (expanded call context) variables by name, such as {@code user.case}. */
    public Map<String, String> ecc() {
        return ecc;
    }

    public String wrapupData() {
        return wrapupData;
    }

    /** The number of the skill group it came through, or null. */
    public String skillGroup() {
        return skillGroup;
    }

    /** The agents on the call. */
    public List<String> agentIds() {
        return agentIds;
    }

    /** Per agent on the call, the buttons its desktop may offer on it. */
    public Map<String, Set<String>> enabledActions() {
        return enabledActions;
    }

    /** The buttons one agent may press on this call (empty when it is not on it). */
    public Set<String> enabledActions(String agentId) {
        return enabledActions.getOrDefault(agentId, Set.of());
    }

    public List<Party> parties() {
        return parties;
    }

    public Instant begunAt() {
        return begunAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean recording() {
        return recording;
    }

    /** The device that made the call a conference, or null. */
    public String conferenceController() {
        return conferenceController;
    }

    /**
     * The agent-mode session's own agent's actions on this call.
     *
     * @throws IllegalStateException in team or monitor mode, where no agent is the session's own
     */
    public CallActions actions() {
        if (controls.ownAgentId() == null) {
            throw new IllegalStateException("a team or monitor session acts as no agent: use actionsOf(agentId)");
        }
        return actionsOf(controls.ownAgentId());
    }

    /** One agent's actions on this call, at that agent's device. */
    public CallActions actionsOf(String agentId) {
        return new CallActions(controls, id, agentId);
    }

    /**
     * Sets call data ({@code PUT /calls/{id}/data}): the call variables and ECC variables given replace the call's,
     * wrap-up data when not null.
     */
    public CompletionStage<Outcome<Call>> setData(Map<String, String> callVariables, Map<String, String> ecc,
                                                  String wrapupData) {
        return controls.setData(id, callVariables, ecc, wrapupData);
    }

    @Override
    public String toString() {
        return "Call " + id + " " + state + " ani=" + ani + " dnis=" + dnis + " agents=" + agentIds;
    }
}
