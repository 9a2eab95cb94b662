package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.CallRecord;
import org.ctios.server.domain.history.EndReason;
import org.ctios.server.domain.history.TimelineEntry;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;

/** Turns an ended call into its history record, in the same transaction that removes it from the live calls. */
@ApplicationScoped
public class CallEnding {

    private CallRepository calls;
    private AgentsAtDevices agents;
    private CallHistory history;

    /** For the container's proxy. */
    protected CallEnding() {
    }

    @Inject
    public CallEnding(CallRepository calls, AgentsAtDevices agents, CallHistory history) {
        this.calls = calls;
        this.agents = agents;
        this.history = history;
    }

    public CallRecord end(Call call, Instant endedAt, EndReason reason, LiveChange change) {
        List<String> agentIds = agentsOn(call.involved(), change);
        CallRecord record = CallRecord.of(call, agentIds, endedAt, reason);
        history.append(new TimelineEntry(call.callKey(), call.nextTimelineSequence(), endedAt,
                reason == EndReason.ENDED ? "CallEnded" : "EndedWhileLinkDown", null, null));
        history.add(record);
        calls.remove(call);
        change.ended(record);
        change.announce(new CallEndedNotice(call.callId(), call.callKey(),
                org.ctios.server.api.view.EndReason.valueOf(reason.name()), agentIds));
        if (call.skillGroupNumber() != null) {
            change.announce(new SkillGroupStatisticsNotice(Set.of(call.skillGroupNumber())));
        }
        return record;
    }

    private List<String> agentsOn(Set<String> devices, LiveChange change) {
        List<String> agentIds = new ArrayList<>();
        for (String device : devices) {
            agents.agentAt(device, change).filter(id -> !agentIds.contains(id)).ifPresent(agentIds::add);
        }
        return agentIds;
    }
}
