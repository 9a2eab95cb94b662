package org.ctios.server.domain.security;

import java.util.List;
import java.util.Optional;

/** The stored accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(String userName);

    void add(UserAccount account);

    /** Every account with its roles, in one query. */
    List<UserAccount> all();

    /** Every account's standing, in one query (without their roles). */
    List<AccountStanding> standings();
}
