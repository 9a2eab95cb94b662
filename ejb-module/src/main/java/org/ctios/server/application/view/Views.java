package org.ctios.server.application.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentSkillGroup;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallConnection;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.CallMilestones;
import org.ctios.server.domain.call.RouterCallKey;
import org.ctios.server.domain.enablement.AgentAction;
import org.ctios.server.domain.history.CallRecord;
import org.ctios.server.domain.history.TimelineEntry;

/** Builds the views from the stored model. */
public final class Views {

    private Views() {
    }

    public static AgentView agent(Agent agent, List<Call> callsAtAgent) {
        List<Long> groups = agent.skillGroups().stream().map(AgentSkillGroup::skillGroupNumber).sorted().toList();
        List<Long> callIds = callsAtAgent.stream().map(Call::callId).sorted().toList();
        return new AgentView(agent.agentId(), agent.extension(), agent.instrument(), agent.teamId(),
                agent.supervisor(), agent.state(), agent.reasonCode(), agent.stateSince(), agent.loggedInSince(),
                groups, callIds, Enablement.of(agent, callsAtAgent));
    }

    /**
     * @param agentAt the agent at a device, or {@code null}
     */
    public static CallView call(Call call, Function<String, Agent> agentAt, Function<Agent, List<Call>> callsOf) {
        List<PartyView> parties = new ArrayList<>();
        List<String> agentIds = new ArrayList<>();
        Map<String, Set<AgentAction>> enabled = new LinkedHashMap<>();
        List<CallConnection> connections = new ArrayList<>(call.parties());
        connections.sort(Comparator.comparing(CallConnection::deviceId));
        for (CallConnection connection : connections) {
            Agent agent = agentAt.apply(connection.deviceId());
            parties.add(new PartyView(connection.deviceId(), agent == null ? null : agent.agentId(),
                    connection.state(), connection.supervising()));
            if (agent != null && !agentIds.contains(agent.agentId())) {
                agentIds.add(agent.agentId());
                enabled.put(agent.agentId(), Enablement.of(agent, callsOf.apply(agent)));
            }
        }
        CallDataValues data = call.data();
        RouterCallKey routerKey = call.routerCallKey();
        CallMilestones at = call.milestones();
        return new CallView(call.callId(), call.callKey(), call.state(), call.callType(), data.ani(), data.dnis(),
                data.dialedNumber(), data.callerEnteredDigits(), data.variables(), data.ecc(), data.wrapupData(),
                call.skillGroupNumber(), routerKey == null ? null : routerKey.day(),
                routerKey == null ? null : routerKey.callId(), at.begunAt(), at.queuedAt(), at.deliveredAt(),
                at.answeredAt(), parties, agentIds, enabled, call.begunUnseen());
    }

    public static CallRecordView record(CallRecord record, List<TimelineEntry> timeline) {
        CallDataValues data = record.data();
        CallMilestones at = record.milestones();
        List<CallRecordView.TimelineView> entries = timeline.stream().map(entry -> new CallRecordView.TimelineView(
                entry.sequence(), entry.at(), entry.eventType(), entry.deviceId(), entry.detail())).toList();
        return new CallRecordView(record.callKey(), record.callId(), record.callType(), data.ani(), data.dnis(),
                data.dialedNumber(), data.callerEnteredDigits(), data.variables(), data.ecc(), data.wrapupData(),
                record.skillGroupNumber(), at.begunAt(), at.queuedAt(), at.deliveredAt(), at.answeredAt(),
                record.endedAt(), record.endReason(), record.begunUnseen(),
                record.handleTime(), record.agentIds(), record.devices(), entries);
    }
}
