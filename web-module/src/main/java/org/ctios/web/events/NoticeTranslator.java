package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.web.api.agents.AgentRepresentation;
import org.ctios.web.api.calls.CallRepresentation;

/**
 * Turns a committed notice into a stream event: the notice's facts plus the current state of what it concerns (the
 * call with its data, the agents on it with their enabled actions), read from the queries, serialised once.
 */
@ApplicationScoped
public class NoticeTranslator {

    /** An event ready to be numbered and published. */
    public record Translated(String name, String data, EventRouting routing) {
    }

    private final Jsonb json = JsonbBuilder.create();

    @Inject
    private AgentQueries agents;

    @Inject
    private CallQueries calls;

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    /** The event for a notice, or empty when nothing it concerns exists any more. */
    public Optional<Translated> translate(Object notice) {
        if (notice instanceof AgentStateNotice state) {
            // the state is the notice's (the agent may have moved on since); the rest, buttons included, is current
            return agents.byId(state.agentId()).map(AgentRepresentation::of).map(current -> new AgentRepresentation(
                    current.id(), current.extension(), state.state().name(), state.reasonCode(), state.since(),
                    current.loggedInSince(), current.team(), current.supervisor(), current.skillGroups(),
                    current.calls(), current.enabledActions())).map(agent -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("agentId", agent.id());
                data.put("reconciled", state.reconciled());
                data.put("agent", agent);
                return new Translated("AgentState", json.toJson(data), routing("AgentState", List.of(agent), null));
            });
        }
        if (notice instanceof CallNotice callNotice) {
            return Optional.of(callEvent(callNotice));
        }
        return Optional.empty();
    }

    private Translated callEvent(CallNotice notice) {
        String name = eventName(notice);
        CallRepresentation call = calls.byId(notice.callId()).map(CallRepresentation::of).orElse(null);
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
        }
        List<AgentRepresentation> onCall = new ArrayList<>();
        for (String agentId : agentIds) {
            agents.byId(agentId).map(AgentRepresentation::of).ifPresent(onCall::add);
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
        return new Translated(name, json.toJson(data), routing);
    }

    private static String eventName(CallNotice notice) {
        // the notice's class name without "Notice": CallDelivered, CallEstablished, ...
        String simpleName = notice.getClass().getSimpleName();
        return simpleName.substring(0, simpleName.length() - "Notice".length());
    }

    /** An agent's event concerns the agent, its team and its skill groups. */
    private static EventRouting routing(String name, List<AgentRepresentation> agents, String skillGroup) {
        Set<String> skillGroups = new HashSet<>();
        agents.forEach(agent -> skillGroups.addAll(agent.skillGroups()));
        if (skillGroup != null) {
            skillGroups.add(skillGroup);
        }
        return new EventRouting(name, agents.stream().map(AgentRepresentation::id).collect(Collectors.toSet()),
                agents.stream().map(AgentRepresentation::team).filter(team -> team != null)
                        .collect(Collectors.toSet()), skillGroups);
    }

    /**
     * The snapshot a stream starts with: the agents its filter covers, each with its enabled actions, and the
     * calls in progress that concern them (or the filter's skill groups).
     */
    public String snapshot(EventFilter filter) {
        List<AgentRepresentation> matchingAgents = new ArrayList<>();
        Map<String, AgentRepresentation> everyAgent = new LinkedHashMap<>();
        for (AgentRepresentation agent : agents.all().stream().map(AgentRepresentation::of).toList()) {
            everyAgent.put(agent.id(), agent);
            if (filter.concerns(List.of(agent.id()), agent.team() == null ? List.of() : List.of(agent.team()),
                    agent.skillGroups())) {
                matchingAgents.add(agent);
            }
        }
        List<CallRepresentation> matchingCalls = new ArrayList<>();
        for (CallRepresentation call : calls.all(null, null).stream().map(CallRepresentation::of).toList()) {
            List<String> teams = call.agentIds().stream().map(everyAgent::get).filter(agent -> agent != null)
                    .map(AgentRepresentation::team).filter(team -> team != null).toList();
            if (filter.concerns(call.agentIds(), teams,
                    call.skillGroup() == null ? List.of() : List.of(call.skillGroup()))) {
                matchingCalls.add(call);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agents", matchingAgents);
        data.put("calls", matchingCalls);
        return json.toJson(data);
    }
}
