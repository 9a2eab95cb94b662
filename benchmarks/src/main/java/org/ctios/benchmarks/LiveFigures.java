package org.ctios.benchmarks;

import java.util.List;

/**
 * What {@link LiveLoad} measured: Payara Micro with the RAR and the WAR against a live simulated switch of
 * {@code agents} agents.
 *
 * @param steps        the load stepped up after the sustained phase, in order, up to the first that fell behind
 * @param fellBehindAt the first step that did not keep up, or null when every step kept up
 */
record LiveFigures(int agents, StartUp startUp, Load sustained, List<Load> steps, String fellBehindAt,
                   Failover failover) {

    /**
     * From launching Payara Micro's JVM.
     *
     * @param httpSeconds         until the REST API answered
     * @param linkReadySeconds    until the CTI link was open and its snapshot read
     * @param agentsStoredSeconds until every agent of the switch was stored logged in
     */
    record StartUp(double httpSeconds, double linkReadySeconds, double agentsStoredSeconds, long residentMegabytes,
                   long heapUsedMegabytes) {
    }

    /**
     * One measured window of live traffic.
     *
     * @param switchEventsPerSecond   CTI events the simulator sent to the connector
     * @param appliedEventsPerSecond  events the application committed (the MDB's transactions)
     * @param applyP99Millis          the connector reading an event to its commit
     * @param streamEventsTimed       AgentState events the stream client matched to the switch's change
     * @param streamP50Millis         the simulator handing an agent's state change to its CTI session to the event
     *                                stream client reading the AgentState event (same JVM, same monotonic clock)
     * @param streamRestarted         whether the client's stream fell back to a snapshot in the window
     * @param payaraCpuPercent        Payara Micro's CPU time over the window, as a share of all cores
     * @param benchmarkCpuPercent     the benchmark's own JVM (the simulator, the clients) over the window, likewise
     * @param keptUp                  applied ≥ 90 % of what the switch sent, the stream did not restart, its p99
     *                                below one second
     */
    record Load(String name, double callsPerSecond, double seconds, double switchEventsPerSecond,
                double appliedEventsPerSecond, long eventsApplied, double applyP99Millis, long streamEventsTimed,
                double streamP50Millis, double streamP95Millis, double streamP99Millis, double streamMaxMillis,
                boolean streamRestarted, double payaraCpuPercent, long heapUsedMegabytes, long residentMegabytes,
                int callsInProgress, boolean keptUp, double benchmarkCpuPercent) {
    }

    /**
     * Side A of the switch fails while every agent is logged in and calls are in progress.
     *
     * @param linkUpOnBSeconds        until {@code GET /api/system} showed the link open on side B
     * @param resynchronisedSeconds   until that session's snapshot had been read
     * @param stateEqualsTruthSeconds until every stored agent state and the set of stored calls in progress equalled
     *                                the switch's (agents and calls that changed on the switch in the last
     *                                {@link LiveLoad#SETTLING} excepted, as events still on their way)
     * @param settlingExcepted        agents and calls excepted so at that moment
     * @param wrapUpByRule            agents the switch had in wrap-up that CTI OS showed in their state before the
     *                                call at that moment, as its post-failover rule says (counted as equal)
     * @param failure                 why the drill did not finish, or null
     */
    record Failover(int agentsLoggedIn, int callsInProgress, double linkUpOnBSeconds, double resynchronisedSeconds,
                    double stateEqualsTruthSeconds, int settlingExcepted, int wrapUpByRule, String failure) {
    }
}
