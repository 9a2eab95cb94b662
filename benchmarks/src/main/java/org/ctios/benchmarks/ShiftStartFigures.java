package org.ctios.benchmarks;

import java.util.List;

/**
 * What {@link ShiftStart} measured: the desktops of a whole shift signing in and opening their event streams while
 * calls flow, a burst of streams opened at one instant, then the server with every stream open.
 *
 * @param agents             agents of the switch, each with a desktop
 * @param teams              teams (of {@value ShiftScenario#TEAM_SIZE}); each supervisor's desktop also opens a
 *                           team-mode stream
 * @param rampSeconds        the desktops start evenly over this time
 * @param callsPerSecond     the switch's calls from the start of the ramp on
 * @param maxStreamsSetting  the server's {@code ctios.events.max-streams} as the benchmark set it
 * @param deadlineSeconds    a stream without its snapshot this long after its first request has timed out
 * @param startUp            Payara Micro with the organisation and its accounts, from launching its JVM
 * @param agentStreams       the desktops' agent-mode streams ({@code ?agentId=}) during the ramp
 * @param teamStreams        the supervisors' team-mode streams ({@code ?teamId=}) during the ramp
 * @param logins             the desktops' LOGIN and AVAILABLE requests during the ramp
 * @param burstStreams       the agent-mode streams opened at one instant after the ramp
 * @param callsAtBurst       calls in progress on the switch at the burst
 * @param ramp               the switch, the application and the monitor-mode client over the ramp
 * @param burst              the same over the burst
 * @param open               with every stream open: memory, polled REST latencies, the same load figures
 * @param rolledBack         deliveries rolled back from before the ramp to the end ({@code /metrics})
 * @param deadLetters        dead letters of the CTI link over the same time
 * @param streamsDropped     streams the server closed because their client fell behind, over the same time
 */
record ShiftStartFigures(int agents, int teams, double rampSeconds, double callsPerSecond, int maxStreamsSetting,
                         double deadlineSeconds, StartUp startUp, StreamOpenings agentStreams,
                         StreamOpenings teamStreams, Logins logins, StreamOpenings burstStreams, int callsAtBurst,
                         LiveFigures.Load ramp, LiveFigures.Load burst, Open open, long rolledBack, long deadLetters,
                         long streamsDropped) {

    /** From launching Payara Micro's JVM: the REST API answering, the link ready; resident memory then. */
    record StartUp(double httpSeconds, double linkReadySeconds, long residentMegabytes) {
    }

    /**
     * @param desktops      desktops that signed their agent in
     * @param ready         whose AVAILABLE request was answered 200 or 202
     * @param readyOnSwitch agents logged in and not NOT_READY on the switch when the ramp was over
     * @param latency       of every LOGIN and AVAILABLE request answered
     */
    record Logins(int desktops, int ready, int readyOnSwitch, Latencies.Summary latency, StatusCounts.Counts statuses,
                  List<String> failures) {
    }

    /**
     * A REST resource polled as a CRM polls it.
     *
     * @param items the array length of the last answer (agents or calls); -1 without a successful answer
     */
    record Polls(String endpoint, Latencies.Summary latency, StatusCounts.Counts statuses, int items) {
    }

    /**
     * With every stream open.
     *
     * @param desktopStreamsOpen the benchmark's streams reading at the end of the window
     * @param serverStreamsOpen  {@code ctios_event_streams_active} then; -1 when not answered
     */
    record Open(int desktopStreamsOpen, long serverStreamsOpen, long residentMegabytes, long heapUsedMegabytes,
                Polls calls, Polls agents, LiveFigures.Load load) {
    }
}
