package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A thread dump of another JVM through jcmd: its stacks show where the application is busy, and the CPU time each
 * thread reports ({@code cpu=...ms}) shows, between two dumps, where the time went.
 */
final class ThreadDump {

    private static final long TIMEOUT_SECONDS = 30;

    private ThreadDump() {
    }

    /** Writes the dump to {@code file} and returns it; empty when jcmd failed or overran its bound. */
    static Optional<String> take(long pid, Path file) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), "Thread.print"))
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
