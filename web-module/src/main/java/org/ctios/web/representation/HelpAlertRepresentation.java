package org.ctios.web.representation;

import java.time.Instant;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.HelpAlertView;

/**
 * An agent's open call for help, with the call it is about as it is now (its ANI, DNIS and call data), when it had
 * one.
 *
 * @param kind      {@code ASSIST} or {@code EMERGENCY}
 * @param expiresAt when the alert closes if no supervisor took the call
 */
public record HelpAlertRepresentation(String agentId, String teamId, String callId, String kind, Instant raisedAt,
                                      Instant expiresAt, CallRepresentation call) {

    public static HelpAlertRepresentation of(HelpAlertView alert, CallView call) {
        return new HelpAlertRepresentation(alert.agentId(), alert.teamId() == null ? null
                : String.valueOf(alert.teamId()), alert.callId() == null ? null : String.valueOf(alert.callId()),
                alert.emergency() ? "EMERGENCY" : "ASSIST", alert.raisedAt(), alert.expiresAt(),
                call == null ? null : CallRepresentation.of(call));
    }
}
