package org.ctios.server.application;

import java.util.List;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.CallMilestones;
import org.ctios.server.domain.history.CallRecord;
import org.ctios.server.domain.history.TimelineEntry;

/** Builds the views of the history from the stored records. */
public final class Views {

    private Views() {
    }

    public static CallRecordView record(CallRecord record, List<TimelineEntry> timeline) {
        CallDataValues data = record.data();
        CallMilestones at = record.milestones();
        List<CallRecordView.TimelineView> entries = timeline.stream().map(entry -> new CallRecordView.TimelineView(
                entry.sequence(), entry.at(), entry.eventType(), entry.deviceId(), entry.detail())).toList();
        return new CallRecordView(record.callKey(), record.callId(), record.callType(), data.ani(), data.dnis(),
                data.dialedNumber(), data.callerEnteredDigits(), data.variables(), data.ecc(), data.wrapupData(),
                record.wrapupReason(), record.wrapupAgentId(), record.wrapupAt(),
                record.skillGroupNumber(), at.begunAt(), at.queuedAt(), at.deliveredAt(), at.answeredAt(),
                record.endedAt(), EndReason.valueOf(record.endReason().name()), record.begunUnseen(),
                record.handleTime(), record.agentIds(), record.devices(), entries);
    }
}
