package org.ctios.web.api.calls;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctios.server.api.view.CallRecordView;

/**
 * An ended call from the history; {@code timeline} only when one record is asked for.
 *
 * @param endReason       ENDED, or ENDED_WHILE_LINK_DOWN when the snapshot after a reconnection found it gone
 * @param begunUnseen     it began while the link was down or before the application started
 * @param handleTimeMillis from answer to end, 0 when never answered
 * @param wrapupReason    the code of the agent's wrap-up reason, null until the call is wrapped up; with the agent
 *                        it was set for ({@code wrapupAgentId}) and when ({@code wrapupAt})
 */
public record CallRecordRepresentation(String callKey, String id, String ani, String dnis, String dialedNumber,
                                       String callerEnteredDigits, Map<String, String> callVariables,
                                       Map<String, String> ecc, String wrapupData, String wrapupReason,
                                       String wrapupAgentId, Instant wrapupAt, String skillGroup,
                                       List<String> agentIds, Instant begunAt, Instant answeredAt, Instant endedAt,
                                       String endReason, boolean begunUnseen, long handleTimeMillis,
                                       List<TimelineEntry> timeline) {

    /** One event of the call's life. */
    public record TimelineEntry(int sequence, Instant at, String event, String deviceId, String detail) {
    }

    public static CallRecordRepresentation of(CallRecordView record) {
        return new CallRecordRepresentation(record.callKey(), String.valueOf(record.callId()), record.ani(),
                record.dnis(), record.dialedNumber(), record.callerEnteredDigits(),
                new TreeMap<>(record.callVariables()), new TreeMap<>(record.ecc()), record.wrapupData(),
                record.wrapupReason(), record.wrapupAgentId(), record.wrapupAt(),
                record.skillGroupNumber() == null ? null : String.valueOf(record.skillGroupNumber()),
                record.agentIds(), record.begunAt(), record.answeredAt(), record.endedAt(),
                record.endReason().name(), record.begunUnseen(), record.handleTime().toMillis(),
                record.timeline().stream().map(entry -> new TimelineEntry(entry.sequence(), entry.at(),
                        entry.event(), entry.deviceId(), entry.detail())).toList());
    }
}
