package org.ctios.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;

/**
 * Creates the {@code admin} account with the password of {@code ctios.security.admin-password} at start when there
 * is no such account: how a production server with the demo accounts off gets its first administrator, who then
 * sets the other accounts' passwords. A demo {@code admin} (left by a run with the demo accounts on, its password
 * public) gets the configured password instead, which makes it a normal account. An account whose password someone
 * chose is left as it is; its password changes through the API.
 */
@Singleton
@Startup
public class FirstAdministrator {

    static final String NAME = "admin";
    private static final int MIN_PASSWORD_LENGTH = 8;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private SecuritySettings settings;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwords;

    /** For the container. */
    public FirstAdministrator() {
    }

    /** Outside a container, in tests. */
    FirstAdministrator(SecuritySettings settings, Accounts accounts, PasswordHashing passwords) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PostConstruct
    void create() {
        settings.adminPassword().ifPresent(password -> {
            if (password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException(SecuritySettings.ADMIN_PASSWORD + " must be at least "
                        + MIN_PASSWORD_LENGTH + " characters");
            }
            Optional<AccountView> existing = accounts.find(NAME);
            if (existing.isPresent() && existing.get().demo()) {
                accounts.changePassword(NAME, passwords.hash(password.toCharArray()));
                LOG.info("the demo admin account now has the password of " + SecuritySettings.ADMIN_PASSWORD);
                return;
            }
            if (existing.isPresent()) {
                LOG.info("an admin account exists; " + SecuritySettings.ADMIN_PASSWORD + " is not applied to it");
                return;
            }
            if (accounts.addIfAbsent(NAME, passwords.hash(password.toCharArray()), EnumSet.of(Role.ADMIN), null,
                    null, false)) {
                LOG.info("admin account created from " + SecuritySettings.ADMIN_PASSWORD);
            }
        });
    }
}
