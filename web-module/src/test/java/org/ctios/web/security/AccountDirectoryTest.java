package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.view.AccountStandingView;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The accounts in memory: read as a whole, read again when old, one reader at a time, never per request. */
class AccountDirectoryTest {

    private static final Duration LIFETIME = Duration.ofSeconds(10);

    private final CountingAccounts stored = new CountingAccounts();
    private final AtomicLong now = new AtomicLong();
    private final AccountDirectory directory = new AccountDirectory(stored, LIFETIME, now::get);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoThousandSignInsReadTheTableOnceAndUnknownNamesNever() {
        for (int i = 0; i < 2_000; i++) {
            stored.put(account(String.valueOf(1001 + i), "hash"));
        }

        for (int i = 0; i < 2_000; i++) {
            assertThat(directory.find(String.valueOf(1001 + i))).isPresent();
            assertThat(directory.find("guess-" + i)).isEmpty();
        }

        assertThat(stored.wholeReads).hasValue(1);
        assertThat(stored.singleReads).hasValue(0);
    }

    @Test
    void aChangeInTheDatabaseIsSeenOnceWhatWasReadIsOlderThanItsLifetime() {
        stored.put(account("1001", "old"));
        assertThat(directory.find("1001")).map(AccountView::passwordHash).contains("old");

        stored.put(account("1001", "new"));
        stored.put(account("1002", "added"));
        now.addAndGet(LIFETIME.minusMillis(1).toNanos());
        assertThat(directory.find("1001")).map(AccountView::passwordHash).as("within its lifetime").contains("old");
        assertThat(directory.find("1002")).isEmpty();

        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(directory.find("1001")).map(AccountView::passwordHash).contains("new");
        assertThat(directory.find("1002")).isPresent();
        assertThat(stored.wholeReads).hasValue(2);
    }

    @Test
    void aChangeThroughThisServerIsSeenAtOnce() {
        stored.put(account("1001", "old"));
        stored.put(account("1002", "kept"));
        directory.find("1001");

        stored.put(account("1001", "new"));
        directory.forget("1001");
        stored.accounts.remove("1002");
        directory.forget("1002");

        assertThat(directory.find("1001")).map(AccountView::passwordHash).contains("new");
        assertThat(directory.find("1002")).as("removed").isEmpty();
        assertThat(stored.wholeReads).hasValue(1);
    }

    @Test
    void whileOneRequestReadsTheTableTheOthersGoOnWithWhatWasRead() throws Exception {
        stored.put(account("1001", "old"));
        directory.find("1001");
        stored.put(account("1001", "new"));
        now.addAndGet(LIFETIME.toNanos());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        stored.duringWholeRead = () -> {
            reading.countDown();
            await(release);
        };

        Future<Optional<AccountView>> reader = threads.submit(() -> directory.find("1001"));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        Future<Optional<AccountView>> other = threads.submit(() -> directory.find("1001"));

        assertThat(other.get(5, TimeUnit.SECONDS)).map(AccountView::passwordHash).as("not waiting for the reader")
                .contains("old");
        release.countDown();
        assertThat(reader.get(5, TimeUnit.SECONDS)).map(AccountView::passwordHash).contains("new");
        assertThat(stored.wholeReads).hasValue(2);
    }

    @Test
    void aFailedFirstReadingSaysSoAndAFailedLaterOneKeepsWhatWasRead() {
        stored.put(account("1001", "hash"));
        stored.failing = true;
        assertThatThrownBy(() -> directory.find("1001")).isInstanceOf(ServerBusyException.class);

        stored.failing = false;
        assertThat(directory.find("1001")).isPresent();
        stored.failing = true;
        now.addAndGet(LIFETIME.toNanos());
        assertThat(directory.find("1001")).isPresent();
    }

    private static AccountView account(String name, String hash) {
        return new AccountView(name, hash, Set.of(Role.AGENT), name, null, false, true);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The accounts' store, counting its reads. */
    private static final class CountingAccounts implements Accounts {
        final Map<String, AccountView> accounts = new ConcurrentHashMap<>();
        final AtomicInteger wholeReads = new AtomicInteger();
        final AtomicInteger singleReads = new AtomicInteger();
        volatile Runnable duringWholeRead = () -> { };
        volatile boolean failing;

        void put(AccountView account) {
            accounts.put(account.userName(), account);
        }

        @Override
        public Optional<AccountView> find(String userName) {
            singleReads.incrementAndGet();
            return Optional.ofNullable(accounts.get(userName));
        }

        @Override
        public List<AccountView> all() {
            if (failing) {
                throw new ServerBusyException("the database is busy", 1);
            }
            wholeReads.incrementAndGet();
            List<AccountView> all = List.copyOf(accounts.values());
            duringWholeRead.run();
            return all;
        }

        @Override
        public boolean addIfAbsent(String userName, String passwordHash, Set<Role> roles, String agentId,
                                   Integer supervisedTeamId, boolean demo) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean changePassword(String userName, String newPasswordHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean enable(String userName, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, AccountStandingView> standings() {
            throw new UnsupportedOperationException();
        }
    }
}
