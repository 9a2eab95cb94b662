package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private static final String BEFORE = """
            "C2 CompilerThread0" #7 daemon prio=9 os_prio=0 cpu=1000.00ms elapsed=10.00s tid=0x0000000000000007 nid=0x1 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            "orb-thread-pool-1 (pool #1): worker-1" #99 daemon prio=5 os_prio=0 cpu=500.50ms elapsed=9.00s tid=0x0000000000000099 nid=0x2 runnable  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE
            \tat org.h2.mvstore.db.MVSecondaryIndex.getMap(MVSecondaryIndex.java:390)

            "GC Thread#0" os_prio=0 cpu=200.00ms elapsed=10.00s tid=0x0000000000000100 nid=0x3 runnable
            """;
    private static final String AFTER = """
            "C2 CompilerThread0" #7 daemon prio=9 os_prio=0 cpu=4000.00ms elapsed=40.00s tid=0x0000000000000007 nid=0x1 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            "orb-thread-pool-1 (pool #1): worker-1" #99 daemon prio=5 os_prio=0 cpu=10500.50ms elapsed=39.00s tid=0x0000000000000099 nid=0x2 runnable  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            "GC Thread#0" os_prio=0 cpu=200.00ms elapsed=40.00s tid=0x0000000000000100 nid=0x3 runnable

            "new-thread" #140 prio=5 os_prio=0 cpu=1500.00ms elapsed=20.00s tid=0x0000000000000140 nid=0x4 runnable  [0x0000000000000000]
            """;

    @Test
    void ranksThreadsByTheCpuTheyUsedBetweenTheDumps() {
        List<ThreadCpu.Share> busiest = ThreadCpu.busiest(BEFORE, AFTER, 10);

        assertThat(busiest).containsExactly(new ThreadCpu.Share("orb-thread-pool-1 (pool #1): worker-1", 10.0),
                new ThreadCpu.Share("C2 CompilerThread0", 3.0), new ThreadCpu.Share("new-thread", 1.5));
    }

    @Test
    void keepsTheBusiestOnly() {
        assertThat(ThreadCpu.busiest(BEFORE, AFTER, 1)).extracting(ThreadCpu.Share::thread)
                .containsExactly("orb-thread-pool-1 (pool #1): worker-1");
    }
}
