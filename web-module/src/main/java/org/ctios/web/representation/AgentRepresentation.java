package org.ctios.web.representation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.view.AgentView;
import org.ctios.web.reasons.ReasonLabels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent as the REST API shows it.
 *
 * @param id                 the agent's ACD login id
 * @param extension          the extension it is logged in on (or configured with), or null
 * @param firstName          its first name as the organisation gives it (CTI OS's FirstName, Finesse's firstName), or
 *                           null when it has none (an agent only the switch has reported)
 * @param lastName           its last name, or null
 * @param state              the protocol's AgentState name, such as AVAILABLE or NOT_READY
 * @param reasonCode         the not-ready or logout reason code, 0 when none
 * @param reasonLabel        that code's label (configured, or the switch's own code's, or "Reason 42"); null for 0
 * @param stateSince         when the agent entered this state (ISO-8601)
 * @param loggedInSince      when the agent logged in, null while logged out
 * @param team               the agent's team id, null when none
 * @param skillGroups        the numbers of its skill groups
 * @param calls              the ids of the calls in progress at its devices
 * @param enabledActions     the buttons its desktop may offer now (CTI OS enablement)
 * @param pendingState       the state the agent asked for during a call, which the switch takes when the call ends
 *                           (such as NOT_READY); null when none is pending
 * @param pendingReasonCode  that state's reason code, 0 when none
 * @param pendingReasonLabel that code's label, null for 0
 */
@Schema(description = "An agent with its state, calls and the actions its desktop may offer", example = "{\"id\": "
        + "\"1001\", \"extension\": \"2001\", \"firstName\": \"Amara\", \"lastName\": \"Okafor\", "
        + "\"state\": \"TALKING\", \"reasonCode\": 0, \"reasonLabel\": null, "
        + "\"stateSince\": \"2026-11-28T12:00:00Z\", \"loggedInSince\": \"2026-11-28T08:00:00Z\", \"team\": \"1\", "
        + "\"supervisor\": false, \"skillGroups\": [\"1\", \"2\"], \"calls\": [\"5000001\"], \"enabledActions\": "
        + "[\"HOLD\", \"LOGOUT\", \"LOGOUT_WITH_REASON\", \"RELEASE\"], \"pendingState\": \"NOT_READY\", "
        + "\"pendingReasonCode\": 2, \"pendingReasonLabel\": \"Lunch\"}")
public record AgentRepresentation(String id, String extension,
                                  @JsonbNillable @Schema(nullable = true, maxLength = 64, description = "The "
                                          + "agent's first name as the organisation gives it; null when it has none")
                                  String firstName,
                                  @JsonbNillable @Schema(nullable = true, maxLength = 64, description = "The "
                                          + "agent's last name as the organisation gives it; null when it has none")
                                  String lastName,
                                  String state, int reasonCode,
                                  @JsonbNillable @Schema(nullable = true, description = "The reason code's label: "
                                          + "configured, the switch's own code's, or 'Reason 42'; null for code 0")
                                  String reasonLabel,
                                  Instant stateSince, Instant loggedInSince, String team, boolean supervisor,
                                  List<String> skillGroups, List<String> calls, List<String> enabledActions,
                                  @JsonbNillable @Schema(nullable = true, description = "The state asked for during a "
                                          + "call, which the switch takes when the call ends; null when none")
                                  String pendingState,
                                  int pendingReasonCode,
                                  @JsonbNillable @Schema(nullable = true, description = "The pending reason code's "
                                          + "label; null for code 0")
                                  String pendingReasonLabel) {

    /** @param labels the labels of reason codes, as the configuration gives them */
    public static AgentRepresentation of(AgentView agent, ReasonLabels labels) {
        return new AgentRepresentation(agent.id(), agent.extension(), agent.firstName(), agent.lastName(),
                agent.state().name(), agent.reasonCode(),
                labels.label(agent.state(), agent.reasonCode()), agent.stateSince(), agent.loggedInSince(),
                agent.teamId() == null ? null : String.valueOf(agent.teamId()), agent.supervisor(),
                agent.skillGroups().stream().map(String::valueOf).toList(),
                agent.callIds().stream().map(String::valueOf).toList(),
                agent.enabledActions().stream().map(Enum::name).sorted().toList(),
                agent.pendingState() == null ? null : agent.pendingState().name(), agent.pendingReasonCode(),
                labels.label(agent.pendingState(), agent.pendingReasonCode()));
    }
}
