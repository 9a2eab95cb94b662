package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The election on a real data grid of two members in this JVM, on loopback only: one holder at a time, a takeover
 * when the holder's member dies, and a winner that cannot open its link leaving it to the other.
 */
class CandidacyTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LEASE = Duration.ofMillis(1_500);

    private final String clusterName = "ctios-candidacy-test-" + UUID.randomUUID();
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<Candidacy> candidacies = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        candidacies.forEach(Candidacy::withdraw);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    @Test
    void oneHoldsAtATimeAndTheOtherTakesOverWhenTheHoldersServerDies() throws IOException {
        List<HazelcastInstance> grid = grid(2);
        AtomicInteger takenOverByFirst = new AtomicInteger();
        AtomicInteger takenOverBySecond = new AtomicInteger();
        Candidacy first = candidacy(grid.get(0), "first", takenOverByFirst::incrementAndGet);
        await().atMost(WAIT).until(first::holding);
        Candidacy second = candidacy(grid.get(1), "second", takenOverBySecond::incrementAndGet);

        await("the second waits").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> first.holding() && !second.holding());
        assertThat(takenOverByFirst).hasValue(1);
        assertThat(takenOverBySecond).hasValue(0);
        assertThat(LinkHolder.decode(link(grid.get(1)).get(Candidacy.HOLDER)).url()).isEqualTo("first");

        grid.get(0).getLifecycleService().terminate();   // as a kill -9 leaves it: no unlock, no goodbye

        await("the second takes over").atMost(WAIT).until(() -> takenOverBySecond.get() == 1);
        assertThat(second.holding()).isTrue();
        assertThat(LinkHolder.decode(link(grid.get(1)).get(Candidacy.HOLDER)).url()).isEqualTo("second");
    }

    @Test
    void aSuccessorsTokenEndsThePredecessorsLeaseAtItsNextRenewal() throws IOException {
        IMap<String, String> map = link(grid(1).get(0));
        LinkLease predecessor = new LinkLease(map, "a", LEASE, System::nanoTime);
        LinkLease successor = new LinkLease(map, "b", LEASE, System::nanoTime);

        assertThat(predecessor.acquire()).isEqualTo(1);
        assertThat(predecessor.renew()).isTrue();
        assertThat(successor.acquire()).isEqualTo(2);
        assertThat(predecessor.valid()).as("until it looks, its deadline is all it knows").isTrue();
        assertThat(predecessor.renew()).isFalse();
        assertThat(predecessor.valid()).isFalse();
        assertThat(successor.renew()).isTrue();
        assertThat(successor.valid()).isTrue();

        assertThat(predecessor.acquire()).as("taken back, the next token").isEqualTo(3);
        assertThat(successor.renew()).isFalse();
    }

    @Test
    void theSuccessorOfAHolderThatVanishedOpensTheLinkOnlyOnceItsLeaseHasExpired() throws IOException {
        List<HazelcastInstance> grid = grid(2);
        AtomicInteger takenOverByFirst = new AtomicInteger();
        Candidacy first = candidacy(grid.get(0), "first", takenOverByFirst::incrementAndGet);
        await().atMost(WAIT).until(() -> takenOverByFirst.get() == 1 && first.mayWrite());
        AtomicLong openedAt = new AtomicLong();
        Candidacy second = candidacy(grid.get(1), "second", () -> openedAt.set(System.nanoTime()));

        grid.get(0).getLifecycleService().terminate();   // the holder may only be paused: nothing says it is gone
        long vanishedAt = System.nanoTime();

        await("the second takes over").atMost(WAIT).until(() -> openedAt.get() != 0);
        assertThat(Duration.ofNanos(openedAt.get() - vanishedAt)).as("from the holder's loss to the new link")
                .isGreaterThanOrEqualTo(LEASE);
        assertThat(second.mayWrite()).isTrue();
    }

    @Test
    void aHolderThatCannotRenewItsLeaseStopsWritingAndClosesItsLinkAndTheOtherTakesOver() throws IOException {
        List<HazelcastInstance> grid = grid(2);
        AtomicLong pausedFor = new AtomicLong();
        AtomicInteger closed = new AtomicInteger();
        AtomicInteger takenOverByFirst = new AtomicInteger();
        // The first's clock jumps as a clock does across a SIGSTOP: it finds its lease expired when it looks.
        Candidacy first = candidacy(grid.get(0), "first", takenOverByFirst::incrementAndGet, closed::incrementAndGet,
                () -> System.nanoTime() + pausedFor.get());
        await().atMost(WAIT).until(() -> takenOverByFirst.get() == 1 && first.mayWrite());
        AtomicInteger takenOverBySecond = new AtomicInteger();
        Candidacy second = candidacy(grid.get(1), "second", takenOverBySecond::incrementAndGet);

        pausedFor.set(LEASE.multipliedBy(2).toNanos());

        assertThat(first.mayWrite()).as("the lapsed holder writes no more, at once").isFalse();
        await("it closes its link").atMost(LEASE).until(() -> closed.get() >= 1);
        await("the second takes over").atMost(WAIT).until(() -> takenOverBySecond.get() == 1);
        assertThat(second.mayWrite()).isTrue();
        assertThat(first.lostALease()).isTrue();
        await("the first stands aside").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> !first.holding() && takenOverByFirst.get() == 1);
    }

    @Test
    void aHolderWhoseRenewalHangsInTheGridClosesItsLinkAtItsLeasesDeadline() throws Exception {
        HazelcastInstance member = grid(1).get(0);
        CountDownLatch renewalsAnswer = new CountDownLatch(1);
        AtomicBoolean hang = new AtomicBoolean();
        // As a grid call to a partition whose owner has just gone: the renewal waits far longer than the lease.
        @SuppressWarnings("unchecked")
        IMap<String, String> hanging = (IMap<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {IMap.class}, (proxy, method, arguments) -> {
                    if (hang.get() && method.getName().equals("replace") && arguments.length == 3) {
                        renewalsAnswer.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    try {
                        return method.invoke(link(member), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        AtomicLong closedAt = new AtomicLong();
        AtomicInteger takenOver = new AtomicInteger();
        LinkLease lease = new LinkLease(hanging, "stuck", LEASE, System::nanoTime);
        Candidacy holder = start(new Candidacy(link(member), "stuck", takenOver::incrementAndGet,
                Duration.ofSeconds(60), new Candidacy.Fencing(lease, LEASE.dividedBy(3), Duration.ofMillis(100),
                Thread::new, () -> closedAt.compareAndSet(0, System.nanoTime()))), "stuck");
        await().atMost(WAIT).until(() -> takenOver.get() == 1 && holder.mayWrite());

        hang.set(true);
        long hungAt = System.nanoTime();
        try {
            await("the link closes though the renewal has not answered").atMost(LEASE.multipliedBy(2))
                    .until(() -> closedAt.get() != 0);
            assertThat(Duration.ofNanos(closedAt.get() - hungAt)).as("not before the lease could have run out")
                    .isLessThanOrEqualTo(LEASE.plus(Duration.ofMillis(500)));
            assertThat(holder.mayWrite()).isFalse();
            assertThat(holder.lostALease()).isTrue();
        } finally {
            renewalsAnswer.countDown();
        }
    }

    @Test
    void aWinnerThatCannotOpenTheLinkLeavesItToTheOther() throws IOException {
        List<HazelcastInstance> grid = grid(2);
        AtomicInteger failedAttempts = new AtomicInteger();
        Candidacy failing = candidacy(grid.get(0), "failing", () -> {
            failedAttempts.incrementAndGet();
            throw new IllegalStateException("no connector here");
        });
        await().atMost(WAIT).until(() -> failedAttempts.get() == 1);
        Candidacy working = candidacy(grid.get(1), "working", () -> { });

        await("the other takes it").atMost(WAIT).until(working::holding);
        assertThat(failing.holding()).isFalse();
        assertThat(failedAttempts).as("it stands aside, not retrying at once").hasValue(1);
        assertThat(LinkHolder.decode(link(grid.get(0)).get(Candidacy.HOLDER)).url()).isEqualTo("working");
    }

    private Candidacy candidacy(HazelcastInstance member, String url, Runnable takeOver) {
        return candidacy(member, url, takeOver, () -> { }, System::nanoTime);
    }

    private Candidacy candidacy(HazelcastInstance member, String url, Runnable takeOver, Runnable closeLink,
                                LongSupplier clock) {
        LinkLease lease = new LinkLease(link(member), url, LEASE, clock);
        return start(new Candidacy(link(member), new LinkHolder(member.getCluster().getLocalMember()
                .getUuid(), url).encoded(), takeOver, Duration.ofSeconds(60), new Candidacy.Fencing(lease,
                LEASE.dividedBy(3), Duration.ofMillis(100), Thread::new, closeLink)), url);
    }

    private Candidacy start(Candidacy candidacy, String url) {
        Thread thread = new Thread(candidacy, "candidacy-" + url);
        candidacies.add(candidacy);
        threads.add(thread);
        thread.start();
        return candidacy;
    }

    private static IMap<String, String> link(HazelcastInstance member) {
        return member.getMap(LinkElection.MAP);
    }

    /** Members that find each other over TCP on 127.0.0.1 only, and nothing else. */
    private List<HazelcastInstance> grid(int size) throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
        for (int port : ports) {
            Config config = new Config().setClusterName(clusterName);
            config.setProperty("hazelcast.socket.bind.any", "false");
            config.setProperty("hazelcast.phone.home.enabled", "false");
            config.setProperty("hazelcast.wait.seconds.before.join", "0");
            config.setProperty("hazelcast.logging.type", "jdk");
            NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
            network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            JoinConfig join = network.getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            ports.forEach(member -> join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + member));
            members.add(Hazelcast.newHazelcastInstance(config));
        }
        await("the members form one cluster").atMost(WAIT)
                .until(() -> members.get(0).getCluster().getMembers().size() == size);
        return List.copyOf(members);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
