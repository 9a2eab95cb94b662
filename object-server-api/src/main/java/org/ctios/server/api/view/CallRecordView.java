package org.ctios.server.api.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An ended call from the history, with its timeline when asked for one record (empty in lists).
 *
 * @param endReason   ENDED, or ENDED_WHILE_LINK_DOWN when a snapshot found it gone
 * @param begunUnseen it began while the link was down or before the application started
 * @param wrapupReason  the code of the agent's wrap-up reason, null until the call is wrapped up; with the agent it
 *                      was set for ({@code wrapupAgentId}) and when ({@code wrapupAt})
 */
public record CallRecordView(String callKey, long callId, Integer callType, String ani, String dnis,
                             String dialedNumber, String callerEnteredDigits, Map<String, String> callVariables,
                             Map<String, String> ecc, String wrapupData, String wrapupReason,
                             String wrapupAgentId, Instant wrapupAt, Long skillGroupNumber, Instant begunAt,
                             Instant queuedAt, Instant deliveredAt, Instant answeredAt, Instant endedAt,
                             EndReason endReason, boolean begunUnseen, Duration handleTime, List<String> agentIds,
                             List<String> devices, List<TimelineView> timeline) {

    public CallRecordView {
        callVariables = Map.copyOf(callVariables);
        ecc = Map.copyOf(ecc);
        agentIds = List.copyOf(agentIds);
        devices = List.copyOf(devices);
        timeline = List.copyOf(timeline);
    }

    /** One event of the call's life. */
    public record TimelineView(int sequence, Instant at, String event, String deviceId, String detail) {
    }
}
