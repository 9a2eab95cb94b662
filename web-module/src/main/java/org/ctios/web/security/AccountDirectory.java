package org.ctios.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.view.AccountView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts as sign-in and the access rules read them, remembered for {@code ctios.security.account-cache}
 * (default 10 s): every request names its account (HTTP Basic), and 2,000 desktops starting their shift must not
 * become 2,000 database reads per second. A change made through this server (a password set) is seen at once; one
 * made in the database directly, or through another server of a cluster, within that time. Unknown names are
 * remembered too, so that guesses do not reach the database. At most 10,000 accounts are kept.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final int MAX_ACCOUNTS = 10_000;

    private Accounts accounts;
    private Cache<String, Optional<AccountView>> remembered;

    /** For the container's proxy. */
    protected AccountDirectory() {
    }

    @Inject
    public AccountDirectory(Accounts accounts,
                            @ConfigProperty(name = "ctios.security.account-cache", defaultValue = "PT10S")
                            Duration lifetime) {
        this.accounts = accounts;
        this.remembered = Caffeine.newBuilder().maximumSize(MAX_ACCOUNTS)
                .expireAfterWrite(lifetime.isNegative() ? Duration.ZERO : lifetime).build();
    }

    public Optional<AccountView> find(String userName) {
        return remembered.get(userName, accounts::find);
    }

    /** Forgets what is remembered of the account: it was just changed. */
    public void forget(String userName) {
        remembered.invalidate(userName);
    }
}
