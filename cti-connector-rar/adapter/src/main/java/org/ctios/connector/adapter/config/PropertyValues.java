package org.ctios.connector.adapter.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.protocol.types.CtiService;

/**
 * Reads the adapter's property values, after {@link ConfigExpression} resolved their references. Each method names
 * the property in its error, so that a bad deployment setting fails the adapter's start with a clear message.
 */
public final class PropertyValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    /** An agent id range longer than this is surely a typo; the resynchronisation would query every one. */
    private static final int MAX_RANGE = 100_000;

    private PropertyValues() {
    }

    public static int integer(String property, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw invalid(property, value, "a whole number from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(property, value, "a whole number from " + min + " to " + max);
        }
    }

    /**
     * A number of workers: a whole number, or {@code auto} for half the processors (at least one). Workers beyond
     * half the cores contend for the database and leave no processor time to the link, the database writer and the
     * garbage collector: on 2 cores a second worker applied no more events and multiplied the tail latency
     * (benchmarks/README.md, "what made the apply path fast").
     */
    public static int workers(String property, String value, int processors, int max) {
        if ("auto".equalsIgnoreCase(value.trim())) {
            return Math.min(max, Math.max(1, processors / 2));
        }
        return integer(property, value, 1, max);
    }

    public static boolean bool(String property, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(property, value, "true or false");
        };
    }

    public static long unsignedInt(String property, String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0 || parsed > 0xFFFF_FFFFL) {
                throw invalid(property, value, "a whole number from 0 to 4294967295");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(property, value, "a whole number from 0 to 4294967295");
        }
    }

    /** A fraction in [0, 1), such as {@code 0.2}. */
    public static double fraction(String property, String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            if (!(parsed >= 0 && parsed < 1)) {
                throw invalid(property, value, "a fraction from 0 (included) to 1 (excluded)");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(property, value, "a fraction from 0 (included) to 1 (excluded)");
        }
    }

    /** A positive duration: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}; a bare number is seconds. */
    public static Duration duration(String property, String value) {
        Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw invalid(property, value, "a duration such as 500ms, 5s or 2m");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration parsed = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (parsed.isZero()) {
            throw invalid(property, value, "a duration above zero");
        }
        return parsed;
    }

    /** CTI service names separated by commas or '|' ({@code ALL_EVENTS,CLIENT_CONTROL}), or the mask as a number. */
    public static long serviceMask(String property, String value) {
        String text = value.trim();
        if (text.matches("\\d+")) {
            return unsignedInt(property, text);
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("0x")) {
            try {
                return unsignedInt(property, Long.toString(Long.parseLong(text.substring(2), 16)));
            } catch (NumberFormatException e) {
                throw invalid(property, value, "CTI service names or a mask");
            }
        }
        long mask = 0;
        for (String name : text.split("[,|]")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                mask |= CtiService.valueOf(name.trim().toUpperCase(Locale.ROOT)).bit();
            } catch (IllegalArgumentException e) {
                throw invalid(property, value, "CTI service names (" + name.trim() + " is none)");
            }
        }
        if (mask == 0) {
            throw invalid(property, value, "at least one CTI service");
        }
        return mask;
    }

    /** Agent ids and ranges of numeric ones, separated by commas: {@code 1001-1050, 2001, supervisor7}. */
    public static Set<String> agentIds(String property, String value) {
        Set<String> ids = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String id = item.trim();
            if (id.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(id);
            if (range.matches()) {
                long first = Long.parseLong(range.group(1));
                long last = Long.parseLong(range.group(2));
                if (last < first || last - first >= MAX_RANGE) {
                    throw invalid(property, value, "ranges from low to high of at most " + MAX_RANGE + " ids ("
                            + id + " is not)");
                }
                for (long agent = first; agent <= last; agent++) {
                    ids.add(Long.toString(agent));
                }
            } else if (id.length() > 11 || id.contains(" ")) {
                throw invalid(property, value, "agent ids of at most 11 characters without spaces (" + id
                        + " is not)");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static IllegalArgumentException invalid(String property, String value, String expected) {
        return new IllegalArgumentException(property + " must be " + expected + ", was '" + value + "'");
    }
}
