package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The machine the figures were measured on. */
record Machine(int cores, String cpu, String jvm, String os) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** The one-minute load average where Linux tells it ({@code /proc/loadavg}), else -1: was anything else running? */
    static double loadAverage() {
        try {
            return loadAverage(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /** The first figure of {@code /proc/loadavg}'s text ({@code 0.61 0.40 0.33 1/245 1234}), or -1. */
    static double loadAverage(String procLoadAvg) {
        try {
            return Double.parseDouble(procLoadAvg.trim().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The CPU's model name where Linux tells it, else "unknown". */
    private static String cpuModel() {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuInfo)) {
            return "unknown";
        }
        try (Stream<String> lines = Files.lines(cpuInfo)) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
