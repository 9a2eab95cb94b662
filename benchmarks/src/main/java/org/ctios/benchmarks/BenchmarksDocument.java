package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** BENCHMARKS.md: one run's figures, the command and the machine, as a contact-centre engineer reads them. */
final class BenchmarksDocument {

    private final StringBuilder text = new StringBuilder();

    private BenchmarksDocument() {
    }

    static void write(SystemReport report, Path file) throws IOException {
        Files.writeString(file, text(report), StandardCharsets.UTF_8);
    }

    static String text(SystemReport report) {
        BenchmarksDocument document = new BenchmarksDocument();
        document.render(report);
        return document.text.toString();
    }


    private void render(SystemReport report) {
        LiveFigures live = report.live();
        Machine machine = report.machine();
        line("# Benchmarks");
        line();
        line("Written by the benchmark itself (`org.ctios.benchmarks.SystemBenchmark`); every figure below comes from "
                + "the one run described here. The raw results are in `BENCHMARKS.json`; what each phase does and "
                + "how it is measured is in [benchmarks/README.md](benchmarks/README.md).");
        line();
        line("- Run: " + report.date() + String.format(Locale.ROOT, ", %.1f minutes", report.seconds() / 60));
        line("- Command: `" + report.command() + "`");
        line(String.format(Locale.ROOT, "- Machine: %d cores (%s), %s, %s; Payara Micro, the simulator and the "
                + "clients share it", machine.cores(), machine.cpu(), machine.jvm(), machine.os()));
        line();
        line("## Targets");
        line();
        line("| target | measured | met |");
        line("|---|---|---|");
        LiveFigures.Load sustained = live.sustained();
        row(String.format(Locale.ROOT, "%,d agents, %.0f calls/s: p99 from the switch to an event stream client "
                        + "under %.0f ms", live.agents(), sustained.callsPerSecond(),
                        SystemReport.TARGET_STREAM_P99_MILLIS),
                String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f, p95 %.1f)", sustained.streamP99Millis(),
                        sustained.streamP50Millis(), sustained.streamP95Millis()),
                yesNo(report.targets().sustainedStreamP99()));
        row(String.format(Locale.ROOT, "at least %,.0f events/s applied at the peak",
                        SystemReport.TARGET_PEAK_EVENTS_PER_SECOND),
                String.format(Locale.ROOT, "%,.0f events/s", report.peakEventsPerSecond()),
                yesNo(report.targets().peak()));
        LiveFigures.Failover failover = live.failover();
        row(String.format(Locale.ROOT, "failover of side A with %,d agents: state equal to the switch's in under "
                        + "%.0f s", failover.agentsLoggedIn(), SystemReport.TARGET_FAILOVER_SECONDS),
                failover.failure() != null ? "did not finish: " + failover.failure()
                        : String.format(Locale.ROOT, "%.2f s", failover.stateEqualsTruthSeconds()),
                yesNo(report.targets().failover()));
        line();

        line(String.format(Locale.ROOT, "## 1. Live load: %,d agents, then stepped up", live.agents()));
        line();
        line(String.format(Locale.ROOT, "The simulated switch (in the benchmark's JVM) runs %,d agents in three skill "
                + "groups. First a contact centre's load, measured after a warm-up; then short dense calls (50 ms "
                + "ringing, 0.4 s talk, 0.3 s wrap-up) at rising rates, until a step falls behind (the application "
                + "applies less than 90 %% of what the switch sends, the stream restarts, or its p99 passes 1 s). "
                + "*Stream* is the delay from the switch handing an agent's state change to its CTI session to the "
                + "monitor-mode event stream client (every event, signed in as `crm`) reading the `AgentState` "
                + "event: the CTI link, the MDB's transaction, the stream. *Apply p99* is the connector reading an "
                + "event to its commit.", live.agents()));
        line();
        line("| load | switch events/s | applied events/s | apply p99 ms | stream p50 ms | p95 ms | p99 ms | max ms "
                + "| events timed | Payara CPU | heap in use | resident | kept up |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        loadRow(sustained);
        live.steps().forEach(this::loadRow);
        line();
        line(live.fellBehindAt() == null ? "No step fell behind: the peak is at least the last step's rate."
                : "The first step that fell behind: " + live.fellBehindAt() + ".");
        line();

        line("## 2. The whole system against its limits");
        line();
        BenchmarkReport apply = report.apply();
        line(String.format(Locale.ROOT, "The same contact-centre traffic, recorded from the simulator (%,d frames), "
                + "replayed into the connector at a fixed rate and then flat out, decoded by the protocol codec alone "
                + "(one thread, no I/O) and written as rows with raw JDBC batch inserts into the same H2:",
                apply.recording().frames()));
        line();
        line("| path | events/s | % of the codec's rate | % of raw JDBC's rate |");
        line("|---|---|---|---|");
        double codec = report.codec().framesPerSecond();
        double jdbc = apply.jdbc().rowsPerSecond();
        BenchmarkReport.Phase fixed = apply.phases().get(apply.phases().size() - 2);
        BenchmarkReport.Phase flatOut = apply.phases().get(apply.phases().size() - 1);
        line(String.format(Locale.ROOT, "| protocol codec alone (decode) | %,.0f | 100 %% | |", codec));
        line(String.format(Locale.ROOT, "| raw JDBC batch inserts, batches of %d | %,.0f | | 100 %% |",
                apply.jdbc().batchSize(), jdbc));
        line(String.format(Locale.ROOT, "| CTI OS, replay flat out (link → MDB → Hibernate → H2) | %,.0f | %s | %s |",
                flatOut.eventsPerSecond(), percent(flatOut.eventsPerSecond() / codec),
                percent(flatOut.eventsPerSecond() / jdbc)));
        line(String.format(Locale.ROOT, "| CTI OS, replay at %s: p50 %.1f ms, p99 %.1f ms | %,.0f | %s | %s |",
                fixed.pacing(), fixed.p50Millis(), fixed.p99Millis(), fixed.eventsPerSecond(),
                percent(fixed.eventsPerSecond() / codec), percent(fixed.eventsPerSecond() / jdbc)));
        line(String.format(Locale.ROOT, "| CTI OS, peak of this run | %,.0f | %s | %s |",
                report.peakEventsPerSecond(), percent(report.peakOfCodec()), percent(report.peakOfJdbc())));
        line();

        line("## 3. Failover drill");
        line();
        line(String.format(Locale.ROOT, "%,d agents logged in, %d calls in progress, no new calls; side A of the "
                        + "switch fails (its sessions closed, its port refusing). Measured by polling `GET "
                        + "/cti/api/system`, `/agents` and `/calls` every 50 ms from the moment of the failure:",
                failover.agentsLoggedIn(), failover.callsInProgress()));
        line();
        line("| until | seconds |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| the link is open on side B | %s |", seconds(failover.linkUpOnBSeconds())));
        line(String.format(Locale.ROOT, "| its snapshot has been read (agents and calls re-read) | %s |",
                seconds(failover.resynchronisedSeconds())));
        line(String.format(Locale.ROOT, "| every stored agent state and call in progress equals the switch's | %s |",
                seconds(failover.stateEqualsTruthSeconds())));
        line();
        line(String.format(Locale.ROOT, "Agents or calls that changed on the switch in the %d ms before a comparison "
                        + "are excepted as still on their way: %d were at the moment of equality. Agents the switch "
                        + "has in wrap-up count as equal when CTI OS shows them in their state before the call, as "
                        + "its post-failover rule says (`Agent.reconcile`): %d were. For scale, Cisco documents "
                        + "120–150 s for Finesse to recover 2,000 agents after a CTI failover.",
                LiveLoad.SETTLING.toMillis(), failover.settlingExcepted(), failover.wrapUpByRule()));
        if (failover.failure() != null) {
            line();
            line("The drill did not finish: " + failover.failure());
        }
        line();

        line("## 4. Start-up and memory");
        line();
        LiveFigures.StartUp startUp = live.startUp();
        line(String.format(Locale.ROOT, "Payara Micro started as `run.sh` starts it (`%s`, the RAR and the WAR "
                + "deployed at boot), against the %,d-agent switch, on a fresh H2 file database, timed from launching "
                + "its JVM:", String.join(" ", report.payaraJvmOptions()), live.agents()));
        line();
        line("| | |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| REST API answering | %.1f s |", startUp.httpSeconds()));
        line(String.format(Locale.ROOT, "| CTI link open and its snapshot read | %.1f s |",
                startUp.linkReadySeconds()));
        line(String.format(Locale.ROOT, "| all %,d agents stored logged in | %.1f s |", live.agents(),
                startUp.agentsStoredSeconds()));
        line(String.format(Locale.ROOT, "| resident memory then | %,d MB |", startUp.residentMegabytes()));
        line(String.format(Locale.ROOT, "| heap in use then | %,d MB |", startUp.heapUsedMegabytes()));
        line(String.format(Locale.ROOT, "| resident memory after the sustained load | %,d MB |",
                sustained.residentMegabytes()));
    }

    private void loadRow(LiveFigures.Load load) {
        line(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %.0f %% | "
                        + "%,d MB | %,d MB | %s |", load.name(), load.switchEventsPerSecond(),
                load.appliedEventsPerSecond(), load.applyP99Millis(), load.streamP50Millis(), load.streamP95Millis(),
                load.streamP99Millis(), load.streamMaxMillis(), load.streamEventsTimed(), load.payaraCpuPercent(),
                load.heapUsedMegabytes(), load.residentMegabytes(),
                load.keptUp() ? "yes" : load.streamRestarted() ? "**no** (stream restarted)" : "**no**"));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    private static String seconds(double value) {
        return value < 0 ? "not reached" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "**no**";
    }

    private void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    private void line(String content) {
        text.append(content).append('\n');
    }

    private void line() {
        text.append('\n');
    }
}
