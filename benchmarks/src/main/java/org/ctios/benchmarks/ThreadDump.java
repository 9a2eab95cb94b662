package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A thread dump of another JVM through jcmd, for seeing where the application spends its time under load. */
final class ThreadDump {

    private static final long TIMEOUT_SECONDS = 30;

    private ThreadDump() {
    }

    /** Writes the dump to {@code file}; true when jcmd succeeded within its bound. */
    static boolean take(long pid, Path file) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), "Thread.print"))
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
