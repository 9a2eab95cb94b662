package org.ctios.simulator.acd;

import java.time.Duration;

/**
 * What an agent did over one period (since its login, or today), as the simulator counts it for
 * QUERY_AGENT_STATISTICS: time logged on, available, not ready and in after-call work; inbound ACD calls handled
 * (answered, then ended or passed on) and their talk time, hold included; calls the agent dialled out and theirs;
 * supervisor barge-ins and intercepts it made.
 */
public record AgentFigures(Duration loggedOn, Duration available, Duration notReady, Duration afterCallWork,
                           long handledCalls, Duration handledTalk, long outCalls, Duration outTalk, long bargeIns,
                           long intercepts) {

    /** Nothing done yet. */
    public static final AgentFigures NONE = new AgentFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, 0, Duration.ZERO, 0, Duration.ZERO, 0, 0);
}
