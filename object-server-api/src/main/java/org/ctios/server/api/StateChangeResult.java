package org.ctios.server.api;

import org.ctios.server.api.view.AgentView;

/**
 * The outcome of a confirmed state change.
 *
 * @param agent   the stored agent after the change, or as it was when the wait ended
 * @param applied whether the stored agent reflected the change within the wait (otherwise its event is still on
 *                the way: the CTI Server confirmed the request all the same)
 */
public record StateChangeResult(AgentView agent, boolean applied) {
}
