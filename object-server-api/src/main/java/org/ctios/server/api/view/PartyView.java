package org.ctios.server.api.view;

import org.ctios.protocol.types.LocalConnectionState;

/**
 * A device on a call.
 *
 * @param agentId the agent at that device, or {@code null} for a customer, an outside number or a queue
 */
public record PartyView(String deviceId, String agentId, LocalConnectionState state, boolean supervising) {
}
