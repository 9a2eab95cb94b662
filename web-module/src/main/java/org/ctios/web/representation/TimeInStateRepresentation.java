package org.ctios.web.representation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.TimeInStateView;
import org.ctios.web.reasons.ReasonLabels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's time in each kind of state over a period, from its timeline, in seconds. */
@Schema(description = "An agent's seconds in each kind of state over [from, to), up to now for a period not over "
        + "yet: logged in (every state but logout), ready, not ready (in all and by reason), talking (holds "
        + "included), wrap-up, and other states (reserved, busy with other work)",
        example = "{\"agentId\": \"1001\", \"from\": \"2026-11-28T00:00:00Z\", \"to\": \"2026-11-29T00:00:00Z\", "
                + "\"loggedInSeconds\": 28800, \"readySeconds\": 9000, \"notReadySeconds\": 3600, "
                + "\"notReadyByReason\": [{\"reasonCode\": 2, \"reasonLabel\": \"Lunch\", \"seconds\": 3600}], "
                + "\"talkingSeconds\": 14400, \"wrapUpSeconds\": 1500, \"otherSeconds\": 300}")
public record TimeInStateRepresentation(String agentId, Instant from, Instant to, long loggedInSeconds,
                                        long readySeconds, long notReadySeconds,
                                        List<NotReadyReason> notReadyByReason, long talkingSeconds,
                                        long wrapUpSeconds, long otherSeconds) {

    /** The time not ready for one reason code. */
    public record NotReadyReason(int reasonCode,
                                 @JsonbNillable @Schema(nullable = true, description = "The code's label; null for 0")
                                 String reasonLabel,
                                 long seconds) {
    }

    public static TimeInStateRepresentation of(TimeInStateView view, ReasonLabels labels) {
        return new TimeInStateRepresentation(view.agentId(), view.from(), view.to(), view.loggedIn().toSeconds(),
                view.ready().toSeconds(), view.notReady().toSeconds(),
                view.notReadyByReason().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(reason -> new NotReadyReason(reason.getKey(),
                                labels.label(AgentState.NOT_READY, reason.getKey()), reason.getValue().toSeconds()))
                        .toList(),
                view.talking().toSeconds(), view.wrapUp().toSeconds(), view.other().toSeconds());
    }
}
