package org.ctios.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU time per thread between two thread dumps of the same JVM: where a phase's time went. */
final class ThreadCpu {

    /** A dump's thread header: {@code "name" #12 daemon prio=5 os_prio=0 cpu=123.45ms elapsed=... tid=0x...}. */
    private static final Pattern HEADER = Pattern.compile("^\"(.*)\".*?\\bcpu=([0-9.]+)ms.*?\\btid=(0x[0-9a-f]+)",
            Pattern.MULTILINE);

    /** One thread's CPU time over the interval. */
    record Share(String thread, double cpuSeconds) {
    }

    private ThreadCpu() {
    }

    /** The {@code limit} threads that used the most CPU from {@code before} to {@code after}, most first. */
    static List<Share> busiest(String before, String after, int limit) {
        Map<String, Double> start = cpuMillisByThreadId(before);
        List<Share> shares = new ArrayList<>();
        Matcher thread = HEADER.matcher(after);
        while (thread.find()) {
            double millis = Double.parseDouble(thread.group(2)) - start.getOrDefault(thread.group(3), 0.0);
            if (millis > 0) {
                shares.add(new Share(thread.group(1), millis / 1_000));
            }
        }
        shares.sort(Comparator.comparingDouble(Share::cpuSeconds).reversed());
        return List.copyOf(shares.subList(0, Math.min(limit, shares.size())));
    }

    private static Map<String, Double> cpuMillisByThreadId(String dump) {
        Map<String, Double> millis = new HashMap<>();
        Matcher thread = HEADER.matcher(dump);
        while (thread.find()) {
            millis.put(thread.group(3), Double.parseDouble(thread.group(2)));
        }
        return millis;
    }
}
