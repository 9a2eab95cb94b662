package org.ctios.web.security;

import java.util.Set;
import org.ctios.server.api.view.Role;

/**
 * The authenticated user of a request, as the access rules need it.
 *
 * @param agentId          the agent the caller is (role agent), or {@code null}
 * @param supervisedTeamId the team the caller supervises (role supervisor), or {@code null}
 */
public record Caller(String name, Set<Role> roles, String agentId, Integer supervisedTeamId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** crm and admin see and drive every agent and call. */
    boolean seesEverything() {
        return has(Role.CRM) || has(Role.ADMIN);
    }
}
