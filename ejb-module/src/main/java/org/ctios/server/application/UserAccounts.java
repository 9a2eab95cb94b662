package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.domain.security.Role;
import org.ctios.server.domain.security.UserAccount;
import org.ctios.server.domain.security.UserAccountRepository;

/** The accounts of the REST API: read for every authenticated request, written by the demo seeding and admins. */
@ApplicationScoped
@RequestShare
@Transactional
public class UserAccounts {

    private UserAccountRepository accounts;

    /** For the container's proxy. */
    protected UserAccounts() {
    }

    @Inject
    public UserAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountView> find(String userName) {
        return accounts.find(userName).map(UserAccounts::view);
    }

    /**
     * Adds the account unless one of that name exists (whose password and roles then stay as they are).
     *
     * @return whether it was added
     */
    public boolean addIfAbsent(String userName, String passwordHash, Set<Role> roles, String agentId,
                               Integer supervisedTeamId, boolean demo) {
        if (accounts.find(userName).isPresent()) {
            return false;
        }
        accounts.add(new UserAccount(userName, passwordHash, roles, agentId, supervisedTeamId, demo));
        return true;
    }

    /** @return whether the account exists (and now has that password) */
    public boolean changePassword(String userName, String newPasswordHash) {
        Optional<UserAccount> account = accounts.find(userName);
        account.ifPresent(found -> found.changePassword(newPasswordHash));
        return account.isPresent();
    }

    /** @return whether the account exists */
    public boolean enable(String userName, boolean enabled) {
        Optional<UserAccount> account = accounts.find(userName);
        account.ifPresent(found -> found.enable(enabled));
        return account.isPresent();
    }

    private static AccountView view(UserAccount account) {
        return new AccountView(account.userName(), account.passwordHash(), account.roles(), account.agentId(),
                account.supervisedTeamId(), account.demo(), account.enabled());
    }
}
