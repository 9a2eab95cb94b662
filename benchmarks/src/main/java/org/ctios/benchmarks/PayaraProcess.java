package org.ctios.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the RAR and the WAR as a child process, started as run.sh starts it (1 GB heap, no cluster, its
 * own root directory, HTTP on loopback only), its output in a log file. Closing it, or this JVM ending, stops it:
 * politely first, forcibly after a bound.
 */
final class PayaraProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final Thread shutdownHook;

    private PayaraProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "payara-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * @param workDirectory      holds the root directory, the pre-boot command file and the log
     * @param jvmOptions         heap and collector options, before the system properties
     * @param systemProperties   passed as {@code -Dkey=value}
     */
    /** run.sh's glibc arenas: see its comment. */
    static final String RUN_SH_MALLOC_ARENAS = "2";

    static PayaraProcess start(Path payaraJar, Path rar, Path war, Path workDirectory, int httpPort,
                               List<String> jvmOptions, Map<String, String> systemProperties) throws IOException {
        for (Path required : List.of(payaraJar, rar, war)) {
            if (!Files.isRegularFile(required)) {
                throw new IOException(required + " is missing; build with -Pbenchmark (see benchmarks/README.md)");
            }
        }
        Path preboot = workDirectory.resolve("payara-preboot.txt");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n"
                // as run.sh: what Grizzly queues for a client that does not read is bounded by this
                + "set configs.config.server-config.network-config.transports.transport.tcp"
                + ".socket-write-buffer-size=65536\n", StandardCharsets.UTF_8);
        // The RAR and its connection factory for every application, before the WAR that looks it up (as run.sh).
        Path postboot = workDirectory.resolve("payara-postboot.txt");
        Files.writeString(postboot, "deploy --name cti-connector --type rar " + rar + "\n"
                + connectionFactoryCommands(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        Map<String, String> properties = new LinkedHashMap<>(systemProperties);
        // The benchmark signs in with the demo accounts (crm, admin, each agent): asked for, not assumed a default.
        properties.putIfAbsent("ctios.security.demo-users", "true");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(), "--nocluster",
                "--rootdir", workDirectory.resolve("payara-root").toString(),
                "--prebootcommandfile", preboot.toString(), "--postbootcommandfile", postboot.toString(),
                "--port", String.valueOf(httpPort), "--deploy", war.toString()));
        Path log = workDirectory.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", RUN_SH_MALLOC_ARENAS); // as run.sh starts it
        Process process = builder.start();
        return new PayaraProcess(process, log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** CPU time the process has used so far (all its threads), or zero where the platform does not say. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing to remove.
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The connector's own commands that create its connection factory (its release's connection-factory.asadmin). */
    static String connectionFactoryCommands() throws IOException {
        try (InputStream commands = PayaraProcess.class.getResourceAsStream("connection-factory.asadmin")) {
            if (commands == null) {
                throw new IllegalStateException("connection-factory.asadmin is missing from the benchmark's classes");
            }
            return new String(commands.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
