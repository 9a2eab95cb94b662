package org.ctios.client;

/**
 * A device on a call.
 *
 * @param deviceId    the device (an extension, a queue, an outside number)
 * @param agentId     the agent at it, null for a queue or an outside number
 * @param state       its connection state, such as ALERTING, CONNECTED, HELD
 * @param supervising whether it is a supervisor's (barge-in, intercept)
 */
public record Party(String deviceId, String agentId, String state, boolean supervising) {
}
