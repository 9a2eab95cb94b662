package org.ctios.server.api;

import java.util.List;
import org.ctios.server.api.view.HelpAlertView;

/**
 * An agent's calls for help: it presses Assist or Emergency, the CTI Server tells its team's supervisor, and an alert
 * stays open until a supervisor of the team monitors, barges in on or intercepts the call, the call ends, or
 * {@code ctios.help.alert} has passed. Who may ask is not checked here.
 */
public interface HelpDesk {

    /**
     * Sends SUPERVISOR_ASSIST_REQ or EMERGENCY_CALL_REQ from the agent's instrument and opens its alert (replacing
     * the agent's open one).
     *
     * @throws UnknownAgentException when no agent has that id
     * @throws ActionNotEnabledException when the agent is not logged in
     */
    HelpAlertView askForHelp(String agentId, boolean emergency);

    /** The alerts open now, oldest first. */
    List<HelpAlertView> openAlerts();
}
