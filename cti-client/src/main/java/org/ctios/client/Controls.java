package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The REST API's control operations, one method per operation, shared by the objects that offer them
 * ({@link Agent}, {@link Call}, {@link CallActions}, {@link Supervisor}, {@link CtiSession}).
 */
final class Controls {

    private final Requests requests;
    /** The agent of an agent-mode session, whose calls {@link Call#actions()} act on; null in other modes. */
    private final String ownAgentId;

    Controls(Requests requests, String ownAgentId) {
        this.requests = requests;
        this.ownAgentId = ownAgentId;
    }

    String ownAgentId() {
        return ownAgentId;
    }

    Agent agent(JsonNode json) {
        return new Agent(json, this);
    }

    Call call(JsonNode json) {
        return new Call(json, this);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code PUT /agents/{id}/state}. */
    CompletionStage<Outcome<Agent>> changeState(String agentId, String state, Integer reasonCode, String instrument,
                                                String password) {
        ObjectNode body = Json.object().put("state", state);
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        if (instrument != null) {
            body.put("instrument", instrument);
        }
        if (password != null) {
            body.put("password", password);
        }
        return requests.control("PUT", "agents/" + segment(agentId) + "/state", body, true, this::agent);
    }

    /** {@code POST /agents/{id}/help}: the answer's alert carries the call it is about. */
    CompletionStage<Outcome<Call>> askForHelp(String agentId, boolean emergency) {
        return requests.control("POST", "agents/" + segment(agentId) + "/help",
                Json.object().put("emergency", emergency), false,
                alert -> alert.path("call").isObject() ? call(alert.path("call")) : null);
    }

    /** {@code POST /calls}. */
    CompletionStage<Outcome<Call>> makeCall(String agentId, String destination, Map<String, String> callVariables,
                                            Map<String, String> ecc) {
        ObjectNode body = Json.object().put("agentId", agentId).put("destination", destination);
        if (callVariables != null && !callVariables.isEmpty()) {
            callVariables.forEach(body.putObject("callVariables")::put);
        }
        if (ecc != null && !ecc.isEmpty()) {
            ecc.forEach(body.putObject("ecc")::put);
        }
        return requests.control("POST", "calls", body, true, this::call);
    }

    /** {@code POST /calls/{id}/actions}: {@code destination}, {@code party} and {@code digits} where the action needs one. */
    CompletionStage<Outcome<Call>> act(String callId, String action, String agentId, String destination,
                                       String party, String digits) {
        ObjectNode body = Json.object().put("action", action).put("agentId", agentId);
        if (destination != null) {
            body.put("destination", destination);
        }
        if (party != null) {
            body.put("party", party);
        }
        if (digits != null) {
            body.put("digits", digits);
        }
        return requests.control("POST", "calls/" + segment(callId) + "/actions", body, true, this::call);
    }

    /** {@code PUT /calls/{id}/data}: only what is given (not null) is sent. */
    CompletionStage<Outcome<Call>> setData(String callId, Map<String, String> callVariables, Map<String, String> ecc,
                                           String wrapupData) {
        ObjectNode body = Json.object();
        if (callVariables != null) {
            callVariables.forEach(body.putObject("callVariables")::put);
        }
        if (ecc != null) {
            ecc.forEach(body.putObject("ecc")::put);
        }
        if (wrapupData != null) {
            body.put("wrapupData", wrapupData);
        }
        return requests.control("PUT", "calls/" + segment(callId) + "/data", body, false, this::call);
    }

    /** {@code POST /calls/{id}/supervise}. */
    CompletionStage<Outcome<Call>> supervise(String callId, String action, String supervisorId) {
        return requests.control("POST", "calls/" + segment(callId) + "/supervise",
                Json.object().put("action", action).put("supervisorId", supervisorId), false, this::call);
    }

    /** {@code PUT /calls/history/{callKey}/wrapup}: {@code wrapupData} null keeps what was set during the call. */
    CompletionStage<Outcome<Void>> wrapUp(String callKey, String agentId, String wrapupReason, String wrapupData) {
        ObjectNode body = Json.object().put("agentId", agentId).put("wrapupReason", wrapupReason);
        if (wrapupData != null) {
            body.put("wrapupData", wrapupData);
        }
        return requests.control("PUT", "calls/history/" + segment(callKey) + "/wrapup", body, false, json -> null);
    }

    /** {@code POST /messages}: {@code to} one of AGENT, TEAM, SUPERVISORS, EVERYONE. */
    CompletionStage<Outcome<Void>> sendMessage(String to, String agentId, Integer teamId, String text) {
        ObjectNode body = Json.object().put("to", to).put("text", text);
        if (agentId != null) {
            body.put("agentId", agentId);
        }
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        return requests.control("POST", "messages", body, false, json -> null);
    }

    /** {@code GET /teams/{id}}. */
    CompletionStage<Team> team(String teamId) {
        return requests.read("teams/" + segment(teamId), json -> new Team(json, this));
    }
}
