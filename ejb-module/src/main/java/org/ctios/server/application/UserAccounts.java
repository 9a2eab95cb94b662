package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.view.AccountStandingView;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.domain.security.AccountStanding;
import org.ctios.server.domain.security.UserAccount;
import org.ctios.server.domain.security.UserAccountRepository;

/**
 * The accounts of the REST API: read for every authenticated request, written by the demo seeding and admins. The
 * one place where the roles of {@code server.api} and the stored account's domain roles are mapped (by constant name).
 */
@ApplicationScoped
@RequestShare
@Transactional
public class UserAccounts implements Accounts {

    private UserAccountRepository accounts;

    /** For the container's proxy. */
    protected UserAccounts() {
    }

    @Inject
    public UserAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountView> find(String userName) {
        return accounts.find(userName).map(UserAccounts::view);
    }

    @Override
    public List<AccountView> all() {
        return accounts.all().stream().map(UserAccounts::view).toList();
    }

    /**
     * Adds the account unless one of that name exists (whose password and roles then stay as they are).
     *
     * @return whether it was added
     */
    @Override
    public boolean addIfAbsent(String userName, String passwordHash, Set<Role> roles, String agentId,
                               Integer supervisedTeamId, boolean demo) {
        if (accounts.find(userName).isPresent()) {
            return false;
        }
        accounts.add(new UserAccount(userName, passwordHash, stored(roles), agentId, supervisedTeamId, demo));
        return true;
    }

    /** @return whether the account exists (and now has that password) */
    @Override
    public boolean changePassword(String userName, String newPasswordHash) {
        Optional<UserAccount> account = accounts.find(userName);
        account.ifPresent(found -> found.changePassword(newPasswordHash));
        return account.isPresent();
    }

    /** @return whether the account exists */
    @Override
    public boolean enable(String userName, boolean enabled) {
        Optional<UserAccount> account = accounts.find(userName);
        account.ifPresent(found -> found.enable(enabled));
        return account.isPresent();
    }

    @Override
    public Map<String, AccountStandingView> standings() {
        return accounts.standings().stream().collect(Collectors.toUnmodifiableMap(AccountStanding::userName,
                standing -> new AccountStandingView(standing.userName(), standing.passwordHash(), standing.enabled(),
                        standing.demo())));
    }

    private static AccountView view(UserAccount account) {
        return new AccountView(account.userName(), account.passwordHash(), read(account.roles()), account.agentId(),
                account.supervisedTeamId(), account.demo(), account.enabled());
    }

    private static Set<org.ctios.server.domain.security.Role> stored(Set<Role> roles) {
        return roles.stream().map(role -> org.ctios.server.domain.security.Role.valueOf(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(org.ctios.server.domain.security.Role.class)));
    }

    private static Set<Role> read(Set<org.ctios.server.domain.security.Role> roles) {
        return roles.stream().map(role -> Role.valueOf(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
