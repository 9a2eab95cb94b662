package org.ctios.web.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.application.UserAccounts;
import org.ctios.server.domain.security.AccountStanding;
import org.ctios.server.domain.security.UserAccount;
import org.ctios.server.domain.security.UserAccountRepository;

/** The account service over a map instead of the database, for the security tests. */
final class InMemoryAccounts implements UserAccountRepository {

    final Map<String, UserAccount> stored = new HashMap<>();
    final UserAccounts accounts = new UserAccounts(this);

    @Override
    public Optional<UserAccount> find(String userName) {
        return Optional.ofNullable(stored.get(userName));
    }

    @Override
    public void add(UserAccount account) {
        stored.put(account.userName(), account);
    }

    @Override
    public List<UserAccount> all() {
        return List.copyOf(stored.values());
    }

    @Override
    public List<AccountStanding> standings() {
        return stored.values().stream().map(account -> new AccountStanding(account.userName(),
                account.passwordHash(), account.enabled(), account.demo())).toList();
    }
}
