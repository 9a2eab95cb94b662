package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code run.sh} run as a user runs it, on what the build packaged (the reactor has built the simulator, the RAR and
 * the WAR before this module's tests): a port in use stops it at once, naming the port; a second run with the same
 * directory is refused without touching the first one's files; started in the background by a shell (so that it
 * begins with SIGINT ignored, as bash makes every background job of a script) and sent SIGINT during its start-up,
 * every process it started ends. Every port comes free from the system, on loopback, and the run directory lies
 * under {@code target/}: nothing collides with another test or a developer's own run.
 */
class RunScriptTest {

    private static final Duration REFUSAL_BOUND = Duration.ofSeconds(20);
    private static final Duration START_BOUND = Duration.ofSeconds(90);
    /** run.sh gives its processes ten seconds to stop, then kills them. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(30);

    private final Path repository = Path.of(System.getProperty("user.dir")).getParent();
    private Path runs;

    @BeforeEach
    void builtArtifacts() throws IOException {
        for (String built : List.of("pbx-simulator/target/pbx-simulator.jar", "web-module/target/payara-micro.jar",
                "web-module/target/cti.war", "cti-connector-rar/rar/target/cti-connector.rar")) {
            if (!Files.isRegularFile(repository.resolve(built))) {
                fail(built + " is missing: package the modules first (the reactor does, before this module)");
            }
        }
        runs = Path.of(System.getProperty("user.dir"), "target", "run-sh");
        // an earlier run's logs must not pass for this one's
        if (Files.exists(runs)) {
            try (var files = Files.walk(runs)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(runs);
    }

    @Test
    void aPortInUseStopsItWithinSecondsNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> settings = freePorts("port-in-use");
            settings.put("CTIOS_CTI_PORT_B", String.valueOf(taken.getLocalPort()));

            Process run = runSh(settings, runs.resolve("port-in-use.out"));

            assertThat(run.waitFor(REFUSAL_BOUND.toSeconds(), TimeUnit.SECONDS)).as("ended").isTrue();
            assertThat(run.exitValue()).isNotZero();
            String output = Files.readString(runs.resolve("port-in-use.out"));
            assertThat(output).contains("Port " + taken.getLocalPort() + ", the CTI Server side B (CTIOS_CTI_PORT_B)")
                    .contains("CTI OS not started");
            assertThat(Path.of(settings.get("CTIOS_RUN_DIR"), "payara.log")).as("nothing started").doesNotExist();
        }
    }

    @Test
    void startedInTheBackgroundAndSentSigintEveryProcessItStartedEnds() throws Exception {
        Map<String, String> settings = freePorts("sigint");
        Path runDirectory = Path.of(settings.get("CTIOS_RUN_DIR"));
        Path output = runs.resolve("sigint.out");
        // The shell prints the background job's pid, then waits for it: run.sh's own process, SIGINT ignored.
        ProcessBuilder inBackground = new ProcessBuilder("bash", "-c", "\"$1\" > \"$2\" 2>&1 & echo $!; wait",
                "bash", repository.resolve("run.sh").toString(), output.toString()).redirectErrorStream(true);
        inBackground.environment().putAll(settings);
        Process shell = inBackground.start();
        shell.getOutputStream().close();
        long pid = Long.parseLong(new BufferedReader(new InputStreamReader(shell.getInputStream(),
                StandardCharsets.UTF_8)).readLine().trim());
        ProcessHandle runSh = ProcessHandle.of(pid).orElseThrow();
        try {
            // Both JVMs running and Payara writing its log: the middle of the start-up.
            awaitTrue("the simulator and Payara Micro started, Payara logging", START_BOUND,
                    () -> started(runSh, "pbx-simulator.jar").isPresent()
                            && started(runSh, "payara-micro.jar").isPresent()
                            && size(runDirectory.resolve("payara.log")) > 0);
            List<ProcessHandle> children = runSh.descendants().toList();

            assertSecondRunRefused(runDirectory);
            for (ProcessHandle child : children) {
                for (ListeningSockets.Listener listener : listenersOf(child)) {
                    assertThat(listener.loopback()).as(child.info().commandLine().orElse("") + " listens on "
                            + listener.address()).isTrue();
                }
            }

            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor(5, TimeUnit.SECONDS);

            awaitTrue("run.sh and every process it started ended", STOP_BOUND,
                    () -> !runSh.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive));
            assertThat(Files.readString(output)).contains("CTI OS stopped.").doesNotContain("CTI OS is up");
        } finally {
            runSh.descendants().forEach(ProcessHandle::destroyForcibly);
            runSh.destroyForcibly();
            shell.destroyForcibly();
        }
    }

    /** A second run with the first one's directory (on other ports) is refused, its log left as it was. */
    private void assertSecondRunRefused(Path runDirectory) throws Exception {
        Map<String, String> second = freePorts("second");
        second.put("CTIOS_RUN_DIR", runDirectory.toString());
        long logBefore = size(runDirectory.resolve("payara.log"));

        Process run = runSh(second, runs.resolve("second.out"));

        assertThat(run.waitFor(REFUSAL_BOUND.toSeconds(), TimeUnit.SECONDS)).as("second run ended").isTrue();
        assertThat(run.exitValue()).isNotZero();
        assertThat(Files.readString(runs.resolve("second.out"))).contains("Another run.sh is running with "
                + runDirectory);
        assertThat(size(runDirectory.resolve("payara.log"))).as("the first run's log").isGreaterThanOrEqualTo(logBefore);
    }

    private Process runSh(Map<String, String> settings, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(repository.resolve("run.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(settings);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Settings for a run on free loopback ports, in a directory of its own under target/. */
    private Map<String, String> freePorts(String name) throws IOException {
        Map<String, String> settings = new HashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String port : List.of("CTIOS_HTTP_PORT", "CTIOS_CTI_PORT", "CTIOS_CTI_PORT_B",
                    "CTIOS_SIMULATOR_ADMIN_PORT", "CTIOS_CLUSTER_PORT")) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                settings.put(port, String.valueOf(socket.getLocalPort()));
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        settings.put("CTIOS_RUN_DIR", Files.createDirectories(runs.resolve(name)).toString());
        settings.put("CTIOS_SKIP_BUILD", "1");
        settings.put("CTIOS_HTTP_ADDRESS", "127.0.0.1");
        return settings;
    }

    private static Optional<ProcessHandle> started(ProcessHandle runSh, String jar) {
        return runSh.descendants().filter(child -> child.info().commandLine().orElse("").contains(jar)).findFirst();
    }

    private static List<ListeningSockets.Listener> listenersOf(ProcessHandle process) {
        try {
            return ListeningSockets.of(process.pid());
        } catch (IOException endedMeanwhile) {
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitTrue(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + bound + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
