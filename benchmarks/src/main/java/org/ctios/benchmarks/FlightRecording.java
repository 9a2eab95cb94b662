package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java Flight Recorder recording of another JVM, started and stopped through jcmd, for profiling a phase (the
 * "profile" settings sample every thread's stack about every 10 ms at a few per cent of overhead). Read it with
 * {@code jfr print --events jdk.ExecutionSample FILE} or JDK Mission Control.
 */
final class FlightRecording {

    private static final long TIMEOUT_SECONDS = 30;

    private final long pid;
    private final String name;

    private FlightRecording(long pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    /** Starts recording into {@code file}; fails when jcmd does. */
    static FlightRecording start(long pid, String name, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
        return new FlightRecording(pid, name);
    }

    /** Stops the recording, which writes its file. */
    void stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + name);
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " did not answer within " + TIMEOUT_SECONDS
                    + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed with " + process.exitValue());
        }
    }
}
