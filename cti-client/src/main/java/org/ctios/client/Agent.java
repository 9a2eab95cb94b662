package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * An agent as the server showed it at one moment ({@code GET /agents/{id}}, a snapshot, an {@code AgentState} event):
 * an immutable value, safe to share between threads. The session replaces it when the agent changes, so
 * {@link CtiSession#agent(String)} gives the latest. Its control methods act on the agent through the REST API; the
 * session's listeners hear the change when its event arrives.
 */
public final class Agent {

    private final Controls controls;
    private final String id;
    private final String extension;
    private final String firstName;
    private final String lastName;
    private final String state;
    private final int reasonCode;
    private final String reasonLabel;
    private final Instant stateSince;
    private final Instant loggedInSince;
    private final String teamId;
    private final boolean supervisor;
    private final List<String> skillGroups;
    private final List<String> callIds;
    private final Set<String> enabledActions;
    private final String pendingState;
    private final int pendingReasonCode;
    private final String pendingReasonLabel;

    Agent(JsonNode json, Controls controls) {
        this.controls = controls;
        this.id = Json.text(json, "id");
        this.extension = Json.text(json, "extension");
        this.firstName = Json.text(json, "firstName");
        this.lastName = Json.text(json, "lastName");
        this.state = Json.text(json, "state");
        this.reasonCode = Json.integer(json, "reasonCode");
        this.reasonLabel = Json.text(json, "reasonLabel");
        this.stateSince = Json.instant(json, "stateSince");
        this.loggedInSince = Json.instant(json, "loggedInSince");
        this.teamId = Json.text(json, "team");
        this.supervisor = Json.flag(json, "supervisor");
        this.skillGroups = Json.strings(json, "skillGroups");
        this.callIds = Json.strings(json, "calls");
        this.enabledActions = Json.stringSet(json, "enabledActions");
        this.pendingState = Json.text(json, "pendingState");
        this.pendingReasonCode = Json.integer(json, "pendingReasonCode");
        this.pendingReasonLabel = Json.text(json, "pendingReasonLabel");
    }

    /** The agent's ACD login id. */
    public String id() {
        return id;
    }

    /** The extension it is logged in on (or configured with), or null. */
    public String extension() {
        return extension;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    /** The protocol's agent state: LOGOUT, NOT_READY, AVAILABLE, TALKING, WORK_NOT_READY, WORK_READY, HOLD... */
    public String state() {
        return state;
    }

    /** The not-ready or logout reason code, 0 when none. */
    public int reasonCode() {
        return reasonCode;
    }

    /** That code's label, null for 0. */
    public String reasonLabel() {
        return reasonLabel;
    }

    public Instant stateSince() {
        return stateSince;
    }

    /** When it logged in, null while logged out. */
    public Instant loggedInSince() {
        return loggedInSince;
    }

    /** Its team's id, or null. */
    public String teamId() {
        return teamId;
    }

    public boolean supervisor() {
        return supervisor;
    }

    /** The numbers of its skill groups. */
    public List<String> skillGroups() {
        return skillGroups;
    }

    /** The ids of the calls at its devices. */
    public List<String> callIds() {
        return callIds;
    }

    /** The buttons a desktop may offer it now (CTI OS's enablement): READY, NOT_READY_WITH_REASON, LOGOUT, MAKE_CALL... */
    public Set<String> enabledActions() {
        return enabledActions;
    }

    public boolean isEnabled(String action) {
        return enabledActions.contains(action);
    }

    /** The state it asked for during a call, which the switch takes when the call ends; null when none. */
    public String pendingState() {
        return pendingState;
    }

    public int pendingReasonCode() {
        return pendingReasonCode;
    }

    public String pendingReasonLabel() {
        return pendingReasonLabel;
    }

    // ------------------------------------------------------------------ controls: PUT /agents/{id}/state

    /** Logs the agent in to the ACD on {@code instrument} (null: its last known instrument or extension). */
    public CompletionStage<Outcome<Agent>> login(String instrument, String password) {
        return controls.changeState(id, "LOGIN", null, instrument, password);
    }

    /** Ready for calls (AVAILABLE). */
    public CompletionStage<Outcome<Agent>> ready() {
        return controls.changeState(id, "AVAILABLE", null, null, null);
    }

    public CompletionStage<Outcome<Agent>> notReady() {
        return controls.changeState(id, "NOT_READY", null, null, null);
    }

    /** Not ready with a reason code ({@code GET /reason-codes} lists the configured ones). */
    public CompletionStage<Outcome<Agent>> notReady(int reasonCode) {
        return controls.changeState(id, "NOT_READY", reasonCode, null, null);
    }

    public CompletionStage<Outcome<Agent>> logout() {
        return controls.changeState(id, "LOGOUT", null, null, null);
    }

    public CompletionStage<Outcome<Agent>> logout(int reasonCode) {
        return controls.changeState(id, "LOGOUT", reasonCode, null, null);
    }

    /** Wrap-up, then ready (WORK_READY). */
    public CompletionStage<Outcome<Agent>> workReady() {
        return controls.changeState(id, "WORK_READY", null, null, null);
    }

    /** Wrap-up, then not ready (WORK_NOT_READY). */
    public CompletionStage<Outcome<Agent>> workNotReady() {
        return controls.changeState(id, "WORK_NOT_READY", null, null, null);
    }

    // ------------------------------------------------------------------ other controls of the agent

    /** Dials {@code destination} from the agent's phone ({@code POST /calls}); the maps may be null. */
    public CompletionStage<Outcome<Call>> makeCall(String destination, Map<String, String> callVariables,
                                                   Map<String, String> ecc) {
        return controls.makeCall(id, destination, callVariables, ecc);
    }

    /** Assist: asks its team's supervisors for help about its current call ({@code POST /agents/{id}/help}). */
    public CompletionStage<Outcome<Call>> askForHelp() {
        return controls.askForHelp(id, false);
    }

    /** Emergency: the same, as an emergency. */
    public CompletionStage<Outcome<Call>> emergency() {
        return controls.askForHelp(id, true);
    }

    /** Records the disposition of one of its ended calls ({@code callKey} from {@link CallEnd}); data may be null. */
    public CompletionStage<Outcome<Void>> wrapUp(String callKey, String wrapupReason, String wrapupData) {
        return controls.wrapUp(callKey, id, wrapupReason, wrapupData);
    }

    /** Writes to its team's supervisors ({@code POST /messages}, {@code SUPERVISORS}). */
    public CompletionStage<Outcome<Void>> messageSupervisors(int teamId, String text) {
        return controls.sendMessage("SUPERVISORS", null, teamId, text);
    }

    @Override
    public String toString() {
        return "Agent " + id + " " + state + (reasonCode == 0 ? "" : "/" + reasonCode) + " " + enabledActions;
    }
}
