package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * BENCHMARKS.md: one run's figures, the command and the machine, as a contact-centre engineer reads them; each
 * database's figures beside the others' (a column, or rows, per database).
 */
final class BenchmarksDocument {

    private static final String NONE = "—";

    private final StringBuilder text = new StringBuilder();
    private final List<SystemReport.Run> runs;

    private BenchmarksDocument(SystemReport report) {
        this.runs = report.runs();
    }

    static void write(SystemReport report, Path file) throws IOException {
        Files.writeString(file, text(report), StandardCharsets.UTF_8);
    }

    static String text(SystemReport report) {
        BenchmarksDocument document = new BenchmarksDocument(report);
        document.render(report);
        return document.text.toString();
    }

    private void render(SystemReport report) {
        Machine machine = report.machine();
        line("# Benchmarks");
        line();
        line("Written by the benchmark itself (`org.ctios.benchmarks.SystemBenchmark`); every figure below comes from "
                + "the one run described here. The raw results are in `BENCHMARKS.json`; what each phase does and "
                + "how it is measured is in [benchmarks/README.md](benchmarks/README.md).");
        line();
        line("- Run: " + report.date() + String.format(Locale.ROOT, ", %.1f minutes", report.seconds() / 60));
        line("- Command: `" + report.command() + "`");
        line(String.format(Locale.ROOT, "- Machine: %d cores (%s), %s, %s; Payara Micro, the simulator, the "
                + "clients and PostgreSQL share it%s", machine.cores(), machine.cpu(), machine.jvm(), machine.os(),
                report.loadAverageBefore() < 0 ? "" : String.format(Locale.ROOT, "; load average (1 min) %.2f "
                        + "when the run began, %.2f when it ended", report.loadAverageBefore(),
                        report.loadAverageAfter())));
        line("- Databases: " + String.join(", ", runs.stream().map(run -> run.title() + " ("
                + describe(run.database()) + ")").toList()));
        line("- Parts: " + String.join(", ", report.parts()) + "; minutes each: " + durations(report));
        line();
        targets();
        live();
        limits(report);
        failover();
        startUp(report);
        shiftStart();
        streamsOpen();
        fanOut();
    }

    private static String durations(SystemReport report) {
        List<String> parts = new java.util.ArrayList<>();
        if (report.recordingSeconds() > 0) {
            parts.add(String.format(Locale.ROOT, "recording and codec %.1f", report.recordingSeconds() / 60));
        }
        for (SystemReport.Run run : report.runs()) {
            parts.add(String.format(Locale.ROOT, "%s: live %.1f, shift start %.1f, replay %.1f", run.title(),
                    run.liveSeconds() / 60, run.shiftStartSeconds() / 60, run.applySeconds() / 60));
        }
        return String.join("; ", parts);
    }

    private static String describe(String database) {
        return database.equals("postgresql") ? "its own server on 127.0.0.1 of the same machine, started by the "
                + "container tests' `postgresql.sh`: fsync, synchronous commit and full-page writes off, as H2 "
                + "writes its file behind the commits" : "a file, embedded in Payara Micro";
    }

    // ------------------------------------------------------------------------------------------------ targets

    private void targets() {
        line("## Targets");
        line();
        StringBuilder header = new StringBuilder("| target |");
        StringBuilder rule = new StringBuilder("|---|");
        for (SystemReport.Run run : runs) {
            header.append(' ').append(run.title()).append(" | met |");
            rule.append("---|---|");
        }
        line(header.toString());
        line(rule.toString());
        int count = runs.isEmpty() ? 0 : runs.get(0).targets().size();
        for (int i = 0; i < count; i++) {
            StringBuilder row = new StringBuilder("| " + runs.get(0).targets().get(i).target() + " |");
            for (SystemReport.Run run : runs) {
                SystemReport.Target target = run.targets().get(i);
                row.append(' ').append(target.measured()).append(" | ")
                        .append(target.met() == null ? NONE : yesNo(target.met())).append(" |");
            }
            line(row.toString());
        }
        line();
    }

    // ------------------------------------------------------------------------------------------------ live

    private void live() {
        LiveFigures first = first(SystemReport.Run::live);
        int agents = first == null ? 2_000 : first.agents();
        line(String.format(Locale.ROOT, "## 1. Live load: %,d agents, then stepped up", agents));
        line();
        line(String.format(Locale.ROOT, "The simulated switch (in the benchmark's JVM) runs %,d agents in three skill "
                + "groups. First a contact centre's load, measured after a warm-up; then short dense calls (50 ms "
                + "ringing, 0.4 s talk, 0.3 s wrap-up) at rising rates, until a step falls behind (the application "
                + "applies less than 90 %% of what the switch sends, the stream restarts, or its p99 passes 1 s). "
                + "*Stream* is the delay from the switch handing an agent's state change to its CTI session to the "
                + "monitor-mode event stream client (every event, signed in as `crm`) reading the `AgentState` "
                + "event: the CTI link, the MDB's transaction, the stream. *Apply p99* is the connector reading an "
                + "event to its commit.", agents));
        line();
        if (first != null) {
            line("| database | load | switch events/s | applied events/s | apply p99 ms | stream p50 ms | p95 ms | "
                    + "p99 ms | max ms | events timed | Payara CPU | heap in use | resident | kept up |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (SystemReport.Run run : runs) {
                if (run.live() != null) {
                    loadRow(run.title(), run.live().sustained());
                    run.live().steps().forEach(step -> loadRow(run.title(), step));
                }
            }
            line();
            for (SystemReport.Run run : runs) {
                if (run.live() != null) {
                    line(run.title() + ": " + (run.live().fellBehindAt() == null
                            ? "no step fell behind: the peak is at least the last step's rate."
                            : "the first step that fell behind: " + run.live().fellBehindAt() + "."));
                }
            }
            line();
        }
        failures(SystemReport.Run::liveFailure);
    }

    private void loadRow(String database, LiveFigures.Load load) {
        line(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s | %s | %.1f | %.1f | %.1f | %.1f | %,d | %.0f %% | "
                        + "%,d MB | %,d MB | %s |", database, load.name(), load.switchEventsPerSecond(),
                rate(load.appliedEventsPerSecond()), milliseconds(load.applyP99Millis()), load.streamP50Millis(),
                load.streamP95Millis(), load.streamP99Millis(), load.streamMaxMillis(), load.streamEventsTimed(),
                load.payaraCpuPercent(), load.heapUsedMegabytes(), load.residentMegabytes(), keptUp(load)));
    }

    private static String keptUp(LiveFigures.Load load) {
        return load.keptUp() ? "yes" : load.streamRestarted() ? "**no** (stream restarted)" : "**no**";
    }

    // ------------------------------------------------------------------------------------------------ limits

    private void limits(SystemReport report) {
        line("## 2. The whole system against its limits");
        line();
        BenchmarkReport first = first(SystemReport.Run::apply);
        line(String.format(Locale.ROOT, "The same contact-centre traffic, recorded from the simulator (%s frames), "
                + "replayed into the connector at a fixed rate and then flat out, decoded by the protocol codec alone "
                + "(one thread, no I/O) and written as rows with raw JDBC batch inserts into the same database:",
                first == null ? NONE : String.format(Locale.ROOT, "%,d", first.recording().frames())));
        line();
        SystemReport.Codec codec = report.codec();
        if (codec != null) {
            line("| database | path | events/s | % of the codec's rate | % of raw JDBC's rate |");
            line("|---|---|---|---|---|");
            double codecRate = codec.framesPerSecond();
            line(String.format(Locale.ROOT, "| | protocol codec alone (decode) | %,.0f | 100 %% | |", codecRate));
            for (SystemReport.Run run : runs) {
                BenchmarkReport apply = run.apply();
                if (apply == null) {
                    continue;
                }
                double jdbc = apply.jdbc().rowsPerSecond();
                BenchmarkReport.Phase fixed = apply.fixedRate();
                BenchmarkReport.Phase flatOut = apply.maxRate();
                line(String.format(Locale.ROOT, "| %s | raw JDBC batch inserts, batches of %d | %,.0f | | 100 %% |",
                        run.title(), apply.jdbc().batchSize(), jdbc));
                line(String.format(Locale.ROOT, "| %s | CTI OS, replay flat out (link → MDB → Hibernate → %s) | "
                                + "%,.0f | %s | %s |", run.title(), run.title(), flatOut.eventsPerSecond(),
                        percent(flatOut.eventsPerSecond() / codecRate), percent(flatOut.eventsPerSecond() / jdbc)));
                line(String.format(Locale.ROOT, "| %s | CTI OS, replay at %s: p50 %.1f ms, p99 %.1f ms | %,.0f | %s "
                                + "| %s |", run.title(), fixed.pacing(), fixed.p50Millis(), fixed.p99Millis(),
                        fixed.eventsPerSecond(), percent(fixed.eventsPerSecond() / codecRate),
                        percent(fixed.eventsPerSecond() / jdbc)));
                line(String.format(Locale.ROOT, "| %s | CTI OS, peak of this run | %,.0f | %s | %s |", run.title(),
                        run.peakEventsPerSecond(), percent(run.peakOfCodec()), percent(run.peakOfJdbc())));
            }
            line();
        }
        failures(SystemReport.Run::applyFailure);
    }

    // ------------------------------------------------------------------------------------------------ failover

    private void failover() {
        line("## 3. Failover drill");
        line();
        LiveFigures first = first(SystemReport.Run::live);
        if (first == null) {
            line("Not measured in this run.");
            line();
            return;
        }
        line(String.format(Locale.ROOT, "%,d agents logged in, %d calls in progress, no new calls; side A of the "
                        + "switch fails (its sessions closed, its port refusing). Measured by polling `GET "
                        + "/cti/api/system`, `/agents` and `/calls` every 50 ms from the moment of the failure "
                        + "(seconds):", first.failover().agentsLoggedIn(), first.failover().callsInProgress()));
        line();
        List<SystemReport.Run> measured = runs.stream().filter(run -> run.live() != null).toList();
        header("until", measured);
        row("the link is open on side B", measured, run -> seconds(run.live().failover().linkUpOnBSeconds()));
        row("its snapshot has been read (agents and calls re-read)", measured,
                run -> seconds(run.live().failover().resynchronisedSeconds()));
        row("every stored agent state and call in progress equals the switch's", measured,
                run -> seconds(run.live().failover().stateEqualsTruthSeconds()));
        row("agents and calls still settling at that moment (excepted)", measured,
                run -> String.valueOf(run.live().failover().settlingExcepted()));
        row("agents in wrap-up shown by the post-failover rule", measured,
                run -> String.valueOf(run.live().failover().wrapUpByRule()));
        line();
        line(String.format(Locale.ROOT, "Agents or calls that changed on the switch in the %d ms before a comparison "
                + "are excepted as still on their way. Agents the switch has in wrap-up count as equal when CTI OS "
                + "shows them in their state before the call, as its post-failover rule says (`Agent.reconcile`). "
                + "For scale, Cisco documents 120–150 s for Finesse to recover 2,000 agents after a CTI failover.",
                LiveLoad.SETTLING.toMillis()));
        for (SystemReport.Run run : measured) {
            if (run.live().failover().failure() != null) {
                line();
                line(run.title() + ": the drill did not finish: " + run.live().failover().failure());
            }
        }
        line();
    }

    // ------------------------------------------------------------------------------------------------ start-up

    private void startUp(SystemReport report) {
        line("## 4. Start-up and memory");
        line();
        LiveFigures first = first(SystemReport.Run::live);
        if (first == null) {
            line("Not measured in this run.");
            line();
            return;
        }
        line(String.format(Locale.ROOT, "Payara Micro started as `run.sh` starts it (`%s`, the RAR and the WAR "
                + "deployed at boot), against the %,d-agent switch, on a fresh database, timed from launching its "
                + "JVM:", String.join(" ", report.payaraJvmOptions()), first.agents()));
        line();
        List<SystemReport.Run> measured = runs.stream().filter(run -> run.live() != null).toList();
        header("", measured);
        row("REST API answering", measured, run -> String.format(Locale.ROOT, "%.1f s",
                run.live().startUp().httpSeconds()));
        row("CTI link open and its snapshot read", measured, run -> String.format(Locale.ROOT, "%.1f s",
                run.live().startUp().linkReadySeconds()));
        row(String.format(Locale.ROOT, "all %,d agents stored logged in", first.agents()), measured,
                run -> String.format(Locale.ROOT, "%.1f s", run.live().startUp().agentsStoredSeconds()));
        row("resident memory then", measured, run -> megabytes(run.live().startUp().residentMegabytes()));
        row("heap in use then", measured, run -> megabytes(run.live().startUp().heapUsedMegabytes()));
        row("resident memory after the sustained load", measured,
                run -> megabytes(run.live().sustained().residentMegabytes()));
        line();
    }

    // ------------------------------------------------------------------------------------------------ shift start

    private void shiftStart() {
        line("## 5. Shift start");
        line();
        ShiftStartFigures first = first(SystemReport.Run::shiftStart);
        if (first == null) {
            line("Not measured in this run.");
            line();
            failures(SystemReport.Run::shiftStartFailure);
            return;
        }
        line(String.format(Locale.ROOT, "Issue #18's morning: Payara Micro knows an organisation of %,d agents in "
                        + "%d teams, each agent with its own account (its id and password), every agent logged out. "
                        + "Calls begin at %.0f calls/s of 30 s and the %,d agent desktops start evenly over %.0f s: "
                        + "each opens its agent-mode event stream (`GET /cti/api/events?agentId=N`) and logs its "
                        + "agent in (`PUT /cti/api/agents/N/state` LOGIN, then AVAILABLE) as its own account; the "
                        + "agents then take calls as the simulator plays them. Each team's supervisor also opens a "
                        + "team-mode stream. Then, with the calls in progress near their steady state, %,d more "
                        + "agent-mode streams open at one instant (a second desktop of every %s agent). A stream "
                        + "failing or refused is tried again as the desktop page does (1 s, doubling to 15 s, or the "
                        + "server's Retry-After); one without its snapshot %.0f s after its first request has timed "
                        + "out. *To the snapshot*: from the first request sent to the `snapshot` event read in full. "
                        + "*Open stream*: the monitor-mode client (`crm`, every event) open since before the ramp: "
                        + "the switch handing an agent's state change to its CTI session to the client reading it. "
                        + "The server's `ctios.events.max-streams` was set to %,d, above every stream of the phase.",
                first.agents(), first.teams(), first.callsPerSecond(), first.agents(), first.rampSeconds(),
                first.burstStreams().streams(), ordinal(first.agents() / Math.max(1, first.burstStreams().streams())),
                first.deadlineSeconds(), first.maxStreamsSetting()));
        line();
        List<SystemReport.Run> measured = runs.stream().filter(run -> run.shiftStart() != null).toList();
        header("", measured);
        openingRows("agent-mode streams (ramp)", measured, shift -> shift.agentStreams());
        openingRows("team-mode streams (ramp)", measured, shift -> shift.teamStreams());
        openingRows("burst", measured, shift -> shift.burstStreams());
        row("**logins**: desktops whose agent is ready", measured, run -> {
            ShiftStartFigures.Logins logins = run.shiftStart().logins();
            return String.format(Locale.ROOT, "%,d of %,d (%,d ready on the switch)", logins.ready(),
                    logins.desktops(), logins.readyOnSwitch());
        });
        row("LOGIN and AVAILABLE requests p50 / p99 / max", measured,
                run -> summary(run.shiftStart().logins().latency()));
        row("their answers", measured, run -> run.shiftStart().logins().statuses().text());
        row("open stream during the ramp: p50 / p99 / max", measured, run -> streamDelay(run.shiftStart().ramp()));
        row("open stream during the burst: p50 / p99 / max", measured,
                run -> streamDelay(run.shiftStart().burst()));
        row("applied / switch events/s during the ramp", measured, run -> applied(run.shiftStart().ramp()));
        row("applied / switch events/s during the burst", measured, run -> applied(run.shiftStart().burst()));
        row("Payara's CPU / the benchmark JVM's during the ramp, the burst", measured, run -> String.format(
                Locale.ROOT, "%.0f %% / %.0f %%, %.0f %% / %.0f %%", run.shiftStart().ramp().payaraCpuPercent(),
                run.shiftStart().ramp().benchmarkCpuPercent(), run.shiftStart().burst().payaraCpuPercent(),
                run.shiftStart().burst().benchmarkCpuPercent()));
        row("calls in progress at the burst", measured, run -> String.format(Locale.ROOT, "%,d",
                run.shiftStart().callsAtBurst()));
        row("deliveries rolled back, dead letters, streams dropped (whole phase)", measured, run -> String.format(
                Locale.ROOT, "%s, %s, %s", count(run.shiftStart().rolledBack()), count(run.shiftStart().deadLetters()),
                count(run.shiftStart().streamsDropped())));
        row("Payara's start with the organisation: API / link ready and agents stored", measured,
                run -> String.format(Locale.ROOT, "%.1f s / %.1f s", run.shiftStart().startUp().httpSeconds(),
                        run.shiftStart().startUp().linkReadySeconds()));
        line();
        for (SystemReport.Run run : measured) {
            ShiftStartFigures shift = run.shiftStart();
            List<String> reasons = new java.util.ArrayList<>(shift.agentStreams().failures());
            reasons.addAll(shift.teamStreams().failures());
            reasons.addAll(shift.burstStreams().failures());
            reasons.addAll(shift.logins().failures());
            if (!reasons.isEmpty()) {
                line(run.title() + ", examples of what went wrong: " + String.join("; ", reasons.stream()
                        .limit(StreamOpenings.FAILURES_KEPT).map(BenchmarksDocument::cell).toList()) + ".");
                line();
            }
        }
        failures(SystemReport.Run::shiftStartFailure);
    }

    private void openingRows(String name, List<SystemReport.Run> measured,
                             Function<ShiftStartFigures, StreamOpenings> openings) {
        row("**" + name + "**: with their snapshot in time", measured, run -> {
            StreamOpenings o = openings.apply(run.shiftStart());
            return String.format(Locale.ROOT, "%,d of %,d (%,d timed out, %,d refused)", o.opened(), o.streams(),
                    o.timedOut(), o.refused());
        });
        row("to the snapshot p50 / p99 / max", measured, run -> summary(openings.apply(run.shiftStart()).toSnapshot()));
        row("requests (retries included) and their answers", measured, run -> {
            StreamOpenings o = openings.apply(run.shiftStart());
            return String.format(Locale.ROOT, "%,d (%s)", o.attempts(), o.statuses().text());
        });
    }

    private void streamsOpen() {
        line("## 6. With every stream open");
        line();
        ShiftStartFigures first = first(SystemReport.Run::shiftStart);
        if (first == null) {
            line("Not measured in this run.");
            line();
            return;
        }
        line(String.format(Locale.ROOT, "Right after the shift start's burst, every stream that opened still open "
                + "(the first row says how many; a stream that timed out was closed), for %.0f s: a CRM polls `GET /cti/api/calls` and `GET /cti/api/agents` (as `crm`), each every 500 ms, the next "
                + "request on the next tick; the calls go on at %.0f calls/s. Resident memory from "
                + "`/proc/<pid>/status`, heap in use from `jcmd GC.heap_info`, at the end.",
                first.open().load().seconds(), first.callsPerSecond()));
        line();
        List<SystemReport.Run> measured = runs.stream().filter(run -> run.shiftStart() != null).toList();
        header("", measured);
        row("streams open (the benchmark's desktops / the server's count)", measured, run -> String.format(
                Locale.ROOT, "%,d / %s", run.shiftStart().open().desktopStreamsOpen(),
                count(run.shiftStart().open().serverStreamsOpen())));
        row("Payara's resident memory / heap in use", measured, run -> String.format(Locale.ROOT, "%s / %s",
                megabytes(run.shiftStart().open().residentMegabytes()),
                megabytes(run.shiftStart().open().heapUsedMegabytes())));
        pollRows(measured, open -> open.calls(), "calls");
        pollRows(measured, open -> open.agents(), "agents");
        row("switch events/s, applied events/s, apply p99", measured, run -> {
            LiveFigures.Load load = run.shiftStart().open().load();
            return String.format(Locale.ROOT, "%,.0f, %s, %s ms", load.switchEventsPerSecond(),
                    rate(load.appliedEventsPerSecond()), load.applyP99Millis() < 0 ? NONE
                            : String.format(Locale.ROOT, "%,.1f", load.applyP99Millis()));
        });
        row("open stream p50 / p99 / max", measured, run -> streamDelay(run.shiftStart().open().load()));
        row("Payara's CPU / the benchmark JVM's (simulator, clients), shares of both cores", measured,
                run -> String.format(Locale.ROOT, "%.0f %% / %.0f %%", run.shiftStart().open().load()
                        .payaraCpuPercent(), run.shiftStart().open().load().benchmarkCpuPercent()));
        row("kept up with the switch", measured, run -> keptUp(run.shiftStart().open().load()));
        line();
    }

    private void pollRows(List<SystemReport.Run> measured, Function<ShiftStartFigures.Open,
            ShiftStartFigures.Polls> polls, String items) {
        row("`" + polls.apply(first(SystemReport.Run::shiftStart).open()).endpoint().replace("GET ", "GET ")
                + "` p50 / p99 / max", measured, run -> summary(polls.apply(run.shiftStart().open()).latency()));
        row("its requests and answers, " + items + " in the last answer", measured, run -> {
            ShiftStartFigures.Polls p = polls.apply(run.shiftStart().open());
            return String.format(Locale.ROOT, "%,d (%s); %s", p.latency().count(), p.statuses().text(),
                    p.items() < 0 ? NONE : String.format(Locale.ROOT, "%,d", p.items()));
        });
    }

    // ------------------------------------------------------------------------------------------------ fan-out

    private void fanOut() {
        line("## 7. Fan-out: flat out with event stream clients");
        line();
        List<SystemReport.Run> measured = runs.stream().filter(run -> run.apply() != null).toList();
        if (measured.isEmpty()) {
            line("Not measured in this run.");
            line();
            return;
        }
        BenchmarkReport.FanOut first = measured.stream().map(run -> run.apply().fanOut()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        line(String.format(Locale.ROOT, "The replay's flat-out phase (section 2) without any client, then, in the "
                + "same server, %s monitor-mode clients (`crm`, every event, each on a thread of its own in the "
                + "benchmark's JVM) open, one round flat out warms their code up, and the next %s recorded frames go "
                + "out flat out again. *Applied and read by every client*: the events applied over the time from "
                + "the phase's start until the slowest client read its last event. Clients count stream events "
                + "(one per agent or call notice), not CTI events.",
                first == null ? NONE : String.valueOf(first.clients()),
                first == null ? NONE : String.format(Locale.ROOT, "%,d", first.phase().eventsSent())));
        line();
        header("", measured);
        row("flat out, no client: applied events/s (p99 ms)", measured, run -> String.format(Locale.ROOT,
                "%,.0f (%,.1f)", run.apply().maxRate().eventsPerSecond(), run.apply().maxRate().p99Millis()));
        Predicate<SystemReport.Run> hasFanOut = run -> run.apply().fanOut() != null;
        row("flat out with the clients: applied events/s (p99 ms)", measured, run -> !hasFanOut.test(run) ? NONE
                : String.format(Locale.ROOT, "%,.0f (%,.1f)", run.apply().fanOut().phase().eventsPerSecond(),
                run.apply().fanOut().phase().p99Millis()));
        row("applied and read by every client, events/s", measured, run -> !hasFanOut.test(run) ? NONE
                : String.format(Locale.ROOT, "%,.0f", run.apply().fanOut().deliveredEventsPerSecond()));
        row("every client read every event", measured, run -> !hasFanOut.test(run) ? NONE
                : yesNo(run.apply().fanOut().everyClientEverything()));
        row("stream events each client read (fewest – most)", measured, run -> !hasFanOut.test(run) ? NONE
                : range(run.apply().fanOut().clientFigures(), SseClientFigures::events, "%,.0f"));
        row("stream events/s each client read (slowest – fastest)", measured, run -> !hasFanOut.test(run) ? NONE
                : range(run.apply().fanOut().clientFigures(), SseClientFigures::eventsPerSecond, "%,.0f"));
        row("clients restarted, reconnects", measured, run -> !hasFanOut.test(run) ? NONE
                : String.format(Locale.ROOT, "%d, %d", run.apply().fanOut().clientFigures().stream()
                        .filter(SseClientFigures::restarted).count(), run.apply().fanOut().clientFigures().stream()
                        .mapToInt(SseClientFigures::reconnects).sum()));
        row("Payara CPU (share of both cores)", measured, run -> !hasFanOut.test(run) ? NONE
                : String.format(Locale.ROOT, "%.0f %%", run.apply().fanOut().phase().payaraCpuPercent()));
        line();
        failures(run -> run.apply() == null ? null : run.apply().fanOutFailure());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private <T> T first(Function<SystemReport.Run, T> figures) {
        return runs.stream().map(figures).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void failures(Function<SystemReport.Run, String> failure) {
        boolean any = false;
        for (SystemReport.Run run : runs) {
            if (failure.apply(run) != null) {
                line(run.title() + ": this part did not finish: " + cell(failure.apply(run)));
                any = true;
            }
        }
        if (any) {
            line();
        }
    }

    private void header(String first, List<SystemReport.Run> columns) {
        StringBuilder header = new StringBuilder("| " + first + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (SystemReport.Run run : columns) {
            header.append(' ').append(run.title()).append(" |");
            rule.append("---|");
        }
        line(header.toString());
        line(rule.toString());
    }

    private void row(String name, List<SystemReport.Run> columns, Function<SystemReport.Run, String> cell) {
        StringBuilder row = new StringBuilder("| " + name + " |");
        for (SystemReport.Run run : columns) {
            row.append(' ').append(cell(cell.apply(run))).append(" |");
        }
        line(row.toString());
    }

    /** Text fit for a table cell: one line, no column separator. */
    private static String cell(String text) {
        return text.replace('\n', ' ').replace("|", "\\|");
    }

    private static String summary(Latencies.Summary summary) {
        return summary.count() == 0 ? NONE : String.format(Locale.ROOT, "%,.1f / %,.1f / %,.1f ms",
                summary.p50Millis(), summary.p99Millis(), summary.maxMillis());
    }

    private static String streamDelay(LiveFigures.Load load) {
        return String.format(Locale.ROOT, "%,.1f / %,.1f / %,.1f ms%s", load.streamP50Millis(), load.streamP99Millis(),
                load.streamMaxMillis(), load.streamRestarted() ? " (**restarted**)" : "");
    }

    private static String applied(LiveFigures.Load load) {
        return String.format(Locale.ROOT, "%s / %,.0f", rate(load.appliedEventsPerSecond()),
                load.switchEventsPerSecond());
    }

    private static String range(List<SseClientFigures> clients, java.util.function.ToDoubleFunction<SseClientFigures>
            figure, String format) {
        double min = clients.stream().mapToDouble(figure).min().orElse(0);
        double max = clients.stream().mapToDouble(figure).max().orElse(0);
        return min == max ? String.format(Locale.ROOT, format + " (all alike)", min)
                : String.format(Locale.ROOT, format + " – " + format, min, max);
    }

    private static String ordinal(int every) {
        return every <= 1 ? "" : every == 2 ? "second" : every == 3 ? "third" : every + "th";
    }

    private static String rate(double value) {
        return value < 0 ? "not answered" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String milliseconds(double value) {
        return value < 0 ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String megabytes(long value) {
        return value < 0 ? NONE : String.format(Locale.ROOT, "%,d MB", value);
    }

    private static String count(long value) {
        return value < 0 ? "not answered" : String.format(Locale.ROOT, "%,d", value);
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

    private void line(String content) {
        text.append(content).append('\n');
    }

    private void line() {
        text.append('\n');
    }
}
