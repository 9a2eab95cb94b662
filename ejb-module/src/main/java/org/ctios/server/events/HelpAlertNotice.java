package org.ctios.server.events;

import java.util.List;
import org.ctios.server.api.view.HelpAlertView;

/**
 * An agent's call for help (supervisor assist or emergency) was raised, or a supervisor took it by joining or
 * monitoring its call. Raised when the CTI Server's SUPERVISOR_ASSIST_EVENT or EMERGENCY_CALL_EVENT is applied, from
 * whichever client asked; taken when the CTI Server confirms a supervision of the call. Every server of a cluster
 * keeps its open alerts from these notices; the event streams show a raised alert to the team's supervisors and to
 * the agent (help is coming), a taken one to the team's supervisors only (taking it may be a silent monitor).
 *
 * @param takenBy the supervisor who took it, or null when the alert is raised
 */
public record HelpAlertNotice(HelpAlertView alert, String takenBy) implements Notice {

    /** The alert's call, read for the event's context; the agent when it has none. */
    @Override
    public Concerns concerns() {
        return alert.callId() == null ? Concerns.agent(alert.agentId())
                : new Concerns(List.of(alert.agentId()), List.of(alert.callId()), List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.helpAlert(this);
    }

    public boolean raised() {
        return takenBy == null;
    }
}
