package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The security switches of MicroProfile Config. */
@ApplicationScoped
public class SecuritySettings {

    /** Property that seeds (true, the default) or refuses (false) the demo accounts. */
    public static final String DEMO_USERS = "ctios.security.demo-users";

    @Inject
    @ConfigProperty(name = DEMO_USERS, defaultValue = "true")
    private boolean demoUsers;

    /** For tests. */
    SecuritySettings(boolean demoUsers) {
        this.demoUsers = demoUsers;
    }

    /** For the container. */
    protected SecuritySettings() {
    }

    public boolean demoUsers() {
        return demoUsers;
    }
}
