package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The election on the lease's row in a real database (H2, with the migration that makes the row), each candidate
 * with its own way to the database that a test can cut or stall as a kill, a pause or a network fault would: one
 * holder at a time, a successor that opens its link only once the holder has closed its own, and a live holder that
 * nobody replaces, whatever else a candidate believes.
 */
class CandidacyTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LEASE = Duration.ofMillis(1_500);
    private static final Duration RENEWAL = LEASE.dividedBy(3);

    private final List<Candidacy> candidacies = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<CountDownLatch> stalls = new ArrayList<>();
    private JdbcDataSource database;

    @BeforeEach
    void createTheLeaseRow() throws SQLException, IOException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V11__cti_link_lease.sql");
             Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            String script = new String(migration.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        stalls.forEach(CountDownLatch::countDown);
        candidacies.forEach(Candidacy::withdraw);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }

    @Test
    void oneHoldsAtATimeAndWhenTheHolderIsCutOffTheOtherOpensOnlyAfterItClosed() {
        Way firstWay = new Way();
        Holding first = new Holding();
        Candidacy firstCandidacy = candidacy(firstWay, "first", first, System::nanoTime);
        await().atMost(WAIT).until(() -> first.opened.get() != 0 && firstCandidacy.mayWrite());
        Holding second = new Holding();
        Candidacy secondCandidacy = candidacy(new Way(), "second", second, System::nanoTime);

        await("the second waits").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> firstCandidacy.holding() && !secondCandidacy.holding());
        assertThat(row().holderUrl()).isEqualTo("first");
        assertThat(secondCandidacy.liveHolder()).as("where the second forwards requests")
                .map(LeaseTable.Row::holderUrl).contains("first");

        firstWay.cut.set(true);   // as a kill, or a network fault between it and the database: no renewal, no goodbye

        await("the second takes over").atMost(WAIT).until(() -> second.opened.get() != 0);
        assertThat(first.closed.get()).as("the first closed its link (at its lease's deadline)").isNotZero();
        assertThat(second.opened.get()).as("after the first closed its link: never two links").isGreaterThan(
                first.closed.get());
        assertThat(firstCandidacy.mayWrite()).isFalse();
        assertThat(secondCandidacy.mayWrite()).isTrue();
        assertThat(row().holderUrl()).isEqualTo("second");
        assertThat(row().token()).isEqualTo(2);
    }

    @Test
    void aLiveHolderIsNeverReplacedWhateverAnotherCandidateBelieves() {
        Holding first = new Holding();
        Candidacy firstCandidacy = candidacy(new Way(), "first", first, System::nanoTime);
        await().atMost(WAIT).until(() -> first.opened.get() != 0);
        // As a server resumed after a pause, alone in a data grid of its own: nothing but the database tells it that
        // the first is alive, and it stands at once.
        Holding resumed = new Holding();
        Candidacy resumedCandidacy = candidacy(new Way(), "resumed", resumed, System::nanoTime);

        await("the holder keeps the link").during(LEASE.multipliedBy(4)).atMost(LEASE.multipliedBy(5))
                .until(() -> firstCandidacy.mayWrite() && !resumedCandidacy.holding());
        assertThat(first.closed).hasValue(0);
        assertThat(resumed.opened).hasValue(0);
        assertThat(row().token()).isEqualTo(1);
        assertThat(resumedCandidacy.liveHolder()).as("it forwards to the live holder, whatever its grid says")
                .map(LeaseTable.Row::holderUrl).contains("first");
    }

    @Test
    void aSuccessorsTokenEndsThePredecessorsLeaseAtItsNextRenewal() throws SQLException {
        LeaseTable table = new LeaseTable(database);
        LinkLease predecessor = new LinkLease(table, "a", "http://a", LEASE, System::nanoTime);
        LinkLease successor = new LinkLease(table, "b", "http://b", LEASE, System::nanoTime);

        assertThat(predecessor.take(predecessor.observe())).isTrue();
        assertThat(predecessor.token()).isEqualTo(1);
        LeaseTable.Row renewedOnce = predecessor.observe();
        assertThat(predecessor.renew()).isTrue();
        assertThat(successor.take(renewedOnce)).as("the row moved on since it was read").isFalse();
        assertThat(successor.take(successor.observe())).isTrue();
        assertThat(successor.token()).isEqualTo(2);
        assertThat(predecessor.valid()).as("until it looks, its deadline is all it knows").isTrue();
        assertThat(predecessor.renew()).isFalse();
        assertThat(predecessor.valid()).isFalse();
        assertThat(successor.renew()).isTrue();

        predecessor.drop();
        assertThat(table.read().holderUrl()).as("a lost lease is not given back: it is not the loser's")
                .isEqualTo("http://b");
        successor.drop();
        assertThat(table.read().vacant()).isTrue();
        assertThat(successor.valid()).isFalse();
    }

    @Test
    void aHolderThatCannotRenewItsLeaseStopsWritingAndClosesItsLinkAndTheOtherTakesOver() {
        AtomicLong pausedFor = new AtomicLong();
        Holding first = new Holding();
        // The first's clock jumps as a clock does across a SIGSTOP: it finds its lease expired when it looks.
        Candidacy firstCandidacy = candidacy(new Way(), "first", first, () -> System.nanoTime() + pausedFor.get());
        await().atMost(WAIT).until(() -> first.opened.get() != 0 && firstCandidacy.mayWrite());
        Holding second = new Holding();
        Candidacy secondCandidacy = candidacy(new Way(), "second", second, System::nanoTime);

        pausedFor.set(LEASE.multipliedBy(2).toNanos());

        assertThat(firstCandidacy.mayWrite()).as("the lapsed holder writes no more, at once").isFalse();
        await("it closes its link").atMost(LEASE).until(() -> first.closed.get() != 0);
        await("the second takes over").atMost(WAIT).until(() -> second.opened.get() != 0);
        assertThat(secondCandidacy.mayWrite()).isTrue();
        assertThat(firstCandidacy.lostALease()).isTrue();
        await("the first stands aside").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> !firstCandidacy.holding() && first.takeOvers.get() == 1);
    }

    @Test
    void aHolderWhoseRenewalHangsClosesItsLinkAtItsLeasesDeadline() {
        Way stalling = new Way();
        Holding holder = new Holding();
        Candidacy candidacy = candidacy(stalling, "stuck", holder, System::nanoTime);
        await().atMost(WAIT).until(() -> holder.opened.get() != 0 && candidacy.mayWrite());

        // As a database call that does not answer: the renewal waits far longer than the lease.
        stalling.stall.set(true);
        long stalledAt = System.nanoTime();

        await("the link closes though the renewal has not answered").atMost(LEASE.multipliedBy(2))
                .until(() -> holder.closed.get() != 0);
        assertThat(Duration.ofNanos(holder.closed.get() - stalledAt)).as("by the lease's deadline")
                .isLessThanOrEqualTo(LEASE.plus(Duration.ofMillis(500)));
        assertThat(candidacy.mayWrite()).isFalse();
        assertThat(candidacy.lostALease()).isTrue();
    }

    @Test
    void aWithdrawnHolderGivesTheLeaseBackAndAnotherTakesItAtOnce() {
        Holding first = new Holding();
        Candidacy firstCandidacy = candidacy(new Way(), "first", first, System::nanoTime);
        await().atMost(WAIT).until(() -> first.opened.get() != 0);
        Holding second = new Holding();
        candidacy(new Way(), "second", second, System::nanoTime);

        firstCandidacy.withdraw();
        long withdrawnAt = System.nanoTime();

        await("the second takes over").atMost(WAIT).until(() -> second.opened.get() != 0);
        assertThat(second.opened.get()).isGreaterThan(first.closed.get());
        assertThat(Duration.ofNanos(second.opened.get() - withdrawnAt)).as("without waiting for a lease to run out")
                .isLessThan(LEASE);
    }

    @Test
    void aWinnerThatCannotOpenTheLinkLeavesItToTheOther() {
        Holding failing = new Holding();
        failing.failing = true;
        Candidacy failingCandidacy = candidacy(new Way(), "failing", failing, System::nanoTime);
        await().atMost(WAIT).until(() -> failing.takeOvers.get() == 1);
        Holding working = new Holding();
        Candidacy workingCandidacy = candidacy(new Way(), "working", working, System::nanoTime);

        await("the other takes it").atMost(WAIT).until(workingCandidacy::holding);
        assertThat(failingCandidacy.holding()).isFalse();
        assertThat(failing.takeOvers).as("it stands aside, not retrying at once").hasValue(1);
        assertThat(row().holderUrl()).isEqualTo("working");
    }

    /** What a candidate's link went through: when it opened and closed (System.nanoTime), and how often. */
    private static final class Holding {
        final AtomicLong opened = new AtomicLong();
        final AtomicLong closed = new AtomicLong();
        final AtomicInteger takeOvers = new AtomicInteger();
        volatile boolean failing;

        void open() {
            takeOvers.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("no connector here");
            }
            opened.compareAndSet(0, System.nanoTime());
        }

        void close() {
            if (opened.get() != 0) {
                closed.compareAndSet(0, System.nanoTime());
            }
        }
    }

    /** One candidate's way to the database, which a test can cut (every call fails) or stall (every call hangs). */
    private final class Way implements DataSource {
        final AtomicBoolean cut = new AtomicBoolean();
        final AtomicBoolean stall = new AtomicBoolean();
        private final CountDownLatch stalled = new CountDownLatch(1);

        Way() {
            stalls.add(stalled);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (stall.get()) {
                try {
                    stalled.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (cut.get()) {
                throw new SQLException("cut off from the database");
            }
            return database.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    private Candidacy candidacy(DataSource way, String url, Holding holding, LongSupplier clock) {
        LinkLease lease = new LinkLease(new LeaseTable(way), url + "-member", url, LEASE, clock);
        Candidacy candidacy = new Candidacy(holding::open, Duration.ofSeconds(60), new Candidacy.Fencing(lease,
                RENEWAL, Duration.ofMillis(100), Thread::new, holding::close), clock);
        Thread thread = new Thread(candidacy, "candidacy-" + url);
        candidacies.add(candidacy);
        threads.add(thread);
        thread.start();
        return candidacy;
    }

    private LeaseTable.Row row() {
        try {
            return new LeaseTable(database).read();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
