package org.ctios.server.api.view;

import java.util.Arrays;

/**
 * What an account may do, as the web tier and enterprise applications see it; {@link #roleName()} is the name the
 * container and the database use. The stored account keeps the domain's own role; {@code UserAccounts} maps
 * between the two by constant name, in one place.
 */
public enum Role {
    /** An agent: itself and its own calls. */
    AGENT("agent"),
    /** A supervisor: also its team's members and their calls. */
    SUPERVISOR("supervisor"),
    /** An integration account (CRM, enterprise application): every agent and call. */
    CRM("crm"),
    /** An operator: everything, and the system endpoints. */
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** @throws IllegalArgumentException for a name that is no role */
    public static Role ofName(String name) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role '" + name + "'; roles are agent, "
                        + "supervisor, crm, admin"));
    }
}
