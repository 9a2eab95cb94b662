package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The security switches of MicroProfile Config. */
@ApplicationScoped
public class SecuritySettings {

    /**
     * Property that seeds (true) or refuses (false, the default) the demo accounts: they exist only when asked for,
     * so a deployment that forgets the setting has no public administrator.
     */
    public static final String DEMO_USERS = "ctios.security.demo-users";

    /** Property with the password of an {@code admin} account to create at start when there is none. */
    public static final String ADMIN_PASSWORD = "ctios.security.admin-password";

    @Inject
    @ConfigProperty(name = DEMO_USERS, defaultValue = "false")
    private boolean demoUsers;

    @Inject
    @ConfigProperty(name = ADMIN_PASSWORD)
    private Optional<String> adminPassword;

    /** For tests. */
    SecuritySettings(boolean demoUsers) {
        this(demoUsers, null);
    }

    /** For tests. */
    SecuritySettings(boolean demoUsers, String adminPassword) {
        this.demoUsers = demoUsers;
        this.adminPassword = Optional.ofNullable(adminPassword);
    }

    /** For the container. */
    protected SecuritySettings() {
    }

    public boolean demoUsers() {
        return demoUsers;
    }

    /** The first administrator's password, when one is configured (blank counts as none). */
    public Optional<String> adminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }
}
