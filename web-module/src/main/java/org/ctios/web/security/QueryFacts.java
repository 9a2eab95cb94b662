package org.ctios.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.AgentReads;
import org.ctios.server.api.CallReads;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.UnknownTeamException;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;

/** The facts the rules need, read from the object server once per request and agent or call. */
@RequestScoped
public class QueryFacts implements OrganisationFacts {

    private final Map<String, Optional<Integer>> teams = new HashMap<>();
    private final Map<Long, List<String>> callAgents = new HashMap<>();

    @Inject
    private AgentReads agents;

    @Inject
    private CallReads calls;

    @Inject
    private SupervisorDesk supervision;

    @Override
    public Optional<Integer> teamOfAgent(String agentId) {
        return teams.computeIfAbsent(agentId, id -> agents.byId(id).map(AgentView::teamId));
    }

    @Override
    public List<String> agentsOnCall(long callId) {
        return callAgents.computeIfAbsent(callId, id -> calls.byId(id).map(CallView::agentIds).orElse(List.of()));
    }

    @Override
    public List<String> supervisorsOfTeam(int teamId) {
        try {
            return supervision.team(teamId).supervisorIds();
        } catch (UnknownTeamException e) {
            return List.of();
        }
    }
}
