package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.view.AccountView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts as sign-in and the access rules read them: every account, held in memory and read again as a whole,
 * in one query, once it is older than {@code ctios.security.account-cache} (default 10 s). Every request names its
 * account (HTTP Basic), and at the start of a shift thousands of desktops do at once: reading their accounts one by
 * one queued them behind each other for the database connections that requests may take (in a profiled run, 200
 * desktops opening their streams at one instant waited 85 ms each on average for that share alone). Now a request reads memory; one
 * request in ten seconds reads the table, and the others go on with what was read until it is done.
 *
 * <p>A change made through this server (a password set, an account disabled) is read at once; one made in the
 * database directly, or through another server of a cluster, within that time. An unknown name never reaches the
 * database, so guesses cost nothing.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final Logger LOG = Logger.getLogger(AccountDirectory.class.getName());
    /** Above this many accounts the memory they take (a few hundred bytes each) is worth a word in the log. */
    private static final int MANY_ACCOUNTS = 50_000;

    /** The accounts as read, and when (System.nanoTime). */
    private record Snapshot(Map<String, AccountView> byName, long readAtNanos) {
    }

    private Accounts accounts;
    private long lifetimeNanos;
    private LongSupplier nanoTime;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Snapshot snapshot;

    /** For the container's proxy. */
    protected AccountDirectory() {
    }

    @Inject
    public AccountDirectory(Accounts accounts,
                            @ConfigProperty(name = "ctios.security.account-cache", defaultValue = "PT10S")
                            Duration lifetime) {
        this(accounts, lifetime, System::nanoTime);
    }

    AccountDirectory(Accounts accounts, Duration lifetime, LongSupplier nanoTime) {
        this.accounts = accounts;
        this.lifetimeNanos = lifetime.isNegative() ? 0 : lifetime.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * @throws org.ctios.server.api.ServerBusyException when the accounts must be read and cannot be now (the first
     *                                                  reading only: later ones keep what was read)
     */
    public Optional<AccountView> find(String userName) {
        return Optional.ofNullable(current().byName().get(userName));
    }

    /** Reads the account again at once: it was just changed through this server. */
    public void forget(String userName) {
        Optional<AccountView> now = accounts.find(userName);
        reading.lock();
        try {
            Snapshot before = snapshot;
            if (before == null) {
                return;   // nothing read yet: the first reading will see the change
            }
            Map<String, AccountView> byName = new HashMap<>(before.byName());
            now.ifPresentOrElse(account -> byName.put(userName, account), () -> byName.remove(userName));
            snapshot = new Snapshot(Map.copyOf(byName), before.readAtNanos());
        } finally {
            reading.unlock();
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && nanoTime.getAsLong() - known.readAtNanos() < lifetimeNanos) {
            return known;
        }
        if (known == null) {
            reading.lock();   // the first reading: nothing to go on with meanwhile
        } else if (!reading.tryLock()) {
            return known;     // another request is reading the table: go on with what was read
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest != known) {
                return latest;
            }
            return read(latest);
        } finally {
            reading.unlock();
        }
    }

    private Snapshot read(Snapshot stale) {
        long startedAt = nanoTime.getAsLong();
        List<AccountView> all;
        try {
            all = accounts.all();
        } catch (RuntimeException e) {
            if (stale == null) {
                throw e;
            }
            LOG.log(Level.WARNING, "the accounts could not be read again; what was read before stays in use", e);
            return stale;
        }
        if (all.size() > MANY_ACCOUNTS) {
            LOG.info(all.size() + " accounts are held in memory for sign-in");
        }
        Map<String, AccountView> byName = new HashMap<>();
        all.forEach(account -> byName.put(account.userName(), account));
        Snapshot fresh = new Snapshot(Map.copyOf(byName), startedAt);
        snapshot = fresh;
        return fresh;
    }
}
