package org.ctios.web.security;

import java.util.List;
import java.util.Optional;

/** What the access rules need to know about the contact centre: a seam, so the rules are tested without it. */
public interface OrganisationFacts {

    /** @return the agent's team, empty when the agent is unknown or in no team */
    Optional<Integer> teamOfAgent(String agentId);

    /** @return the agents on the call in progress, empty when there is no such call */
    List<String> agentsOnCall(long callId);

    /** @return the team's supervisor agents (the configured one first), empty when there is no such team */
    List<String> supervisorsOfTeam(int teamId);
}
