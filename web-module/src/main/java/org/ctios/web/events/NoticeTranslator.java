package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.web.api.agents.AgentRepresentation;
import org.ctios.web.api.calls.CallRepresentation;

/**
 * Turns batches of committed notices into stream events ({@link NoticeBatchReader} reads what they concern,
 * {@link NoticeEvents} builds each event), and takes the snapshots streams start with.
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

    @Inject
    private NoticeBatchReader reader;

    private final NoticeEvents events = new NoticeEvents(json);

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    /**
     * The events for a batch of notices, in the notices' order, one each (none for a notice whose agent no longer
     * exists): the state of everything the batch concerns is read once, in one transaction, then each notice is
     * translated as it would have been alone.
     */
    public List<Translated> translate(List<?> notices) {
        ConcernedState state = reader.read(notices);
        List<Translated> translated = new ArrayList<>(notices.size());
        for (Object notice : notices) {
            events.translate(notice, state).ifPresent(translated::add);
        }
        return translated;
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
