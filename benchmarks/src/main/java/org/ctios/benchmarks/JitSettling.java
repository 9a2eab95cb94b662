package org.ctios.benchmarks;

import java.util.List;

/**
 * Whether Payara Micro's JIT compilers have settled: on two cores a C2 compiler thread busy beside the delivery worker
 * delays events as much as a collector's pause does, so the measured phases start only once the compilers used
 * less than {@link #SETTLED_SHARE} of one core over a whole warm-up round.
 */
final class JitSettling {

    /** Compiler CPU time over a round's wall time below which the compilers count as settled. */
    static final double SETTLED_SHARE = 0.10;

    private JitSettling() {
    }

    /** The compiler threads' CPU time over the phase, as a share of one core. */
    static double compilerShare(List<ThreadCpu.Share> busiestThreads, double phaseSeconds) {
        if (phaseSeconds <= 0) {
            return 0;
        }
        double compilerSeconds = busiestThreads.stream().filter(share -> isCompiler(share.thread()))
                .mapToDouble(ThreadCpu.Share::cpuSeconds).sum();
        return compilerSeconds / phaseSeconds;
    }

    static boolean settled(double compilerShare) {
        return compilerShare < SETTLED_SHARE;
    }

    private static boolean isCompiler(String thread) {
        return thread.startsWith("C1 CompilerThread") || thread.startsWith("C2 CompilerThread");
    }
}
