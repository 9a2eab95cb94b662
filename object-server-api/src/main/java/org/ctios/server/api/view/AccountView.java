package org.ctios.server.api.view;

import java.util.Set;

/**
 * An account as authentication and authorisation read it, detached from the database.
 *
 * @param agentId          the agent the account is, or {@code null}
 * @param supervisedTeamId the team it supervises, or {@code null}
 * @param demo             seeded by the demo switch
 */
public record AccountView(String userName, String passwordHash, Set<Role> roles, String agentId,
                          Integer supervisedTeamId, boolean demo, boolean enabled) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
