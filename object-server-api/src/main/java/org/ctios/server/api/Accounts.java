package org.ctios.server.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.server.api.view.AccountStandingView;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;

/** The accounts of the REST API: read for every authenticated request, written by the demo seeding and admins. */
public interface Accounts {

    Optional<AccountView> find(String userName);

    /** Every account, read in one query: what the web tier's directory keeps in memory. */
    List<AccountView> all();

    /**
     * Adds the account unless one of that name exists (whose password and roles then stay as they are).
     *
     * @return whether it was added
     */
    boolean addIfAbsent(String userName, String passwordHash, Set<Role> roles, String agentId,
                        Integer supervisedTeamId, boolean demo);

    /** @return whether the account exists (and now has that password) */
    boolean changePassword(String userName, String newPasswordHash);

    /** @return whether the account exists */
    boolean enable(String userName, boolean enabled);

    /** Every account's standing by name, read in one query: what open event streams are checked against. */
    Map<String, AccountStandingView> standings();
}
