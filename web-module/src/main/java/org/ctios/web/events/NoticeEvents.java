package org.ctios.web.events;

import jakarta.json.bind.Jsonb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.web.representation.AgentRepresentation;
import org.ctios.web.representation.CallRepresentation;

/**
 * Turns one committed notice into a stream event: the notice's facts plus the current state of what it concerns
 * (the call with its data, the agents on it with their enabled actions), taken from a {@link ConcernedState} read
 * for its batch, serialised once. Plain Java: no database, no container.
 */
final class NoticeEvents {

    private final Jsonb json;

    NoticeEvents(Jsonb json) {
        this.json = json;
    }

    /** The event for a notice, or empty when nothing it concerns exists any more. */
    Optional<NoticeTranslator.Translated> translate(Object notice, ConcernedState state) {
        if (notice instanceof AgentStateNotice agentState) {
            return agentEvent(agentState, state);
        }
        if (notice instanceof CallNotice callNotice) {
            return Optional.of(callEvent(callNotice, state));
        }
        return Optional.empty();
    }

    private Optional<NoticeTranslator.Translated> agentEvent(AgentStateNotice notice, ConcernedState state) {
        // the state is the notice's (the agent may have moved on since); the rest, buttons included, is current
        return state.agent(notice.agentId()).map(AgentRepresentation::of).map(current -> new AgentRepresentation(
                current.id(), current.extension(), notice.state().name(), notice.reasonCode(), notice.since(),
                current.loggedInSince(), current.team(), current.supervisor(), current.skillGroups(),
                current.calls(), current.enabledActions())).map(agent -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agentId", agent.id());
            data.put("reconciled", notice.reconciled());
            data.put("agent", agent);
            Set<String> teams = agent.team() == null ? Set.of() : Set.of(agent.team());
            return new NoticeTranslator.Translated("AgentState", json.toJson(data),
                    new EventRouting("AgentState", Set.of(agent.id()), teams, Set.copyOf(agent.skillGroups())));
        });
    }

    private NoticeTranslator.Translated callEvent(CallNotice notice, ConcernedState state) {
        String name = eventName(notice);
        CallRepresentation call = state.call(notice.callId()).map(CallRepresentation::of).orElse(null);
        Set<String> agentIds = new LinkedHashSet<>();
        if (call != null) {
            agentIds.addAll(call.agentIds());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", String.valueOf(notice.callId()));
        if (notice instanceof CallDeliveredNotice delivered) {
            data.put("device", delivered.device());
            data.put("agentId", delivered.agentId());
            data.put("screenPop", delivered.data());
            if (delivered.agentId() != null) {
                agentIds.add(delivered.agentId());
            }
        } else if (notice instanceof CallEstablishedNotice established) {
            data.put("device", established.device());
        } else if (notice instanceof CallHeldNotice held) {
            data.put("device", held.device());
        } else if (notice instanceof CallRetrievedNotice retrieved) {
            data.put("device", retrieved.device());
        } else if (notice instanceof CallEndedNotice ended) {
            data.put("callKey", ended.callKey());
            data.put("reason", ended.reason().name());
            agentIds.addAll(ended.agentIds());
        } else if (notice instanceof CallChangedNotice changed) {
            // The agents who left still get the event, so their desktops drop the call that goes on without them.
            data.put("event", changed.event());
            data.put("departedAgentIds", changed.departedAgentIds());
            agentIds.addAll(changed.departedAgentIds());
        }
        List<AgentRepresentation> onCall = new ArrayList<>();
        for (String agentId : agentIds) {
            state.agent(agentId).map(AgentRepresentation::of).ifPresent(onCall::add);
        }
        data.put("call", call);
        data.put("agents", onCall);
        Set<String> skillGroups = new HashSet<>();
        if (call != null && call.skillGroup() != null) {
            skillGroups.add(call.skillGroup());
        }
        if (notice instanceof CallDeliveredNotice delivered && delivered.data().skillGroupNumber() != null) {
            skillGroups.add(String.valueOf(delivered.data().skillGroupNumber()));
        }
        EventRouting routing = new EventRouting(name, agentIds,
                onCall.stream().map(AgentRepresentation::team).filter(team -> team != null).collect(Collectors.toSet()),
                skillGroups);
        return new NoticeTranslator.Translated(name, json.toJson(data), routing);
    }

    private static String eventName(CallNotice notice) {
        // the notice's class name without "Notice": CallDelivered, CallEstablished, ...
        String simpleName = notice.getClass().getSimpleName();
        return simpleName.substring(0, simpleName.length() - "Notice".length());
    }
}
