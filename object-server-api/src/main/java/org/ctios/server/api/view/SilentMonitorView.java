package org.ctios.server.api.view;

import java.time.Instant;
import org.ctios.protocol.types.SupervisoryAction;

/**
 * A supervisor listening to an agent's call (MONITOR) or speaking to the agent alone (WHISPER), as the CTI Server
 * confirmed it. Shown to the supervisors of the agent's team, never to the agent.
 *
 * @param teamId the monitored agent's team when the monitor began, or null
 */
public record SilentMonitorView(long callId, String agentId, Integer teamId, String supervisorId,
                                SupervisoryAction action, Instant since) {
}
