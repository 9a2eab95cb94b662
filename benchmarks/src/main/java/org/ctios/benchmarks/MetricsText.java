package org.ctios.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures out of the Prometheus text that {@code GET /metrics} answers. */
final class MetricsText {

    private MetricsText() {
    }

    /** The sum of every series of the metric (all its tags), or 0 when it has none (nothing counted yet). */
    static double sum(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)\\s*$")
                .matcher(metrics);
        double sum = 0;
        while (line.find()) {
            sum += Double.parseDouble(line.group(1));
        }
        return sum;
    }
}
