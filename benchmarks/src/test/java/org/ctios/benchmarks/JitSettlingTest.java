package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JitSettlingTest {

    @Test
    void countsOnlyTheCompilerThreadsOverThePhase() {
        List<ThreadCpu.Share> threads = List.of(new ThreadCpu.Share("orb-thread-pool-1 (pool #1): worker-1", 16.0),
                new ThreadCpu.Share("C2 CompilerThread0", 9.4), new ThreadCpu.Share("C1 CompilerThread0", 0.6),
                new ThreadCpu.Share("H2-serialization", 1.1));

        double share = JitSettling.compilerShare(threads, 20.0);

        assertThat(share).isEqualTo(0.5);
        assertThat(JitSettling.settled(share)).isFalse();
    }

    @Test
    void settledOnceTheCompilersUseLittleOfACore() {
        List<ThreadCpu.Share> threads = List.of(new ThreadCpu.Share("orb-thread-pool-1 (pool #1): worker-1", 12.6),
                new ThreadCpu.Share("C2 CompilerThread0", 1.0));

        assertThat(JitSettling.settled(JitSettling.compilerShare(threads, 14.0))).isTrue();
        assertThat(JitSettling.compilerShare(threads, 0)).isZero();
    }
}
