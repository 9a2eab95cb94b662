package org.ctios.simulator.acd;

/**
 * A device's connection to a call, as reported.
 *
 * @param agentId the agent on that device, or {@code null} when it is not an agent's phone
 */
public record ConnectionView(String deviceId, DeviceKind kind, String agentId, ConnectionState state) {
}
