package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of another process: its resident set (Linux's {@code /proc/<pid>/status}) and, for a JVM, the heap in use
 * (jcmd {@code GC.heap_info}). Empty where the platform or the JVM does not tell.
 */
final class ProcessMemory {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);
    /** G1's line: {@code garbage-first heap   total 262144K, used 123456K [...]}; other collectors' look alike. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final long JCMD_TIMEOUT_SECONDS = 20;

    private ProcessMemory() {
    }

    static OptionalLong residentMegabytes(long pid) {
        try {
            return megabytes(VM_RSS, Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        } catch (IOException | RuntimeException notLinux) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong heapUsedMegabytes(long pid) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), "GC.heap_info"))
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return OptionalLong.empty();
            }
            return megabytes(HEAP_USED, new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The first kilobyte figure the pattern captures, in megabytes. */
    static OptionalLong megabytes(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1)) / 1024) : OptionalLong.empty();
    }

    static OptionalLong residentMegabytes(String procStatus) {
        return megabytes(VM_RSS, procStatus);
    }

    static OptionalLong heapUsedMegabytes(String heapInfo) {
        return megabytes(HEAP_USED, heapInfo);
    }
}
