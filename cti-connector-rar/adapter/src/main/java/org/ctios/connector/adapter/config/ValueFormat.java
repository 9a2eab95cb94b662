package org.ctios.connector.adapter.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.connector.api.settings.DurationText;
import org.ctios.protocol.types.CtiService;

/**
 * How a setting's text is read into its value, and which values it may take: {@link #values()} says so in words,
 * for the error a wrong value gives and for the documentation.
 *
 * @param <T> the type of the value
 */
public final class ValueFormat<T> {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    /** An agent id range longer than this is surely a typo; the resynchronisation would query every one. */
    private static final int MAX_RANGE = 100_000;
    /** The protocol's longest agent id. */
    private static final int MAX_AGENT_ID_LENGTH = 11;

    private final String values;
    private final Function<String, T> reader;

    private ValueFormat(String values, Function<String, T> reader) {
        this.values = values;
        this.reader = reader;
    }

    /** The values a setting of this format may take, in words ("a whole number from 1 to 65535"). */
    public String values() {
        return values;
    }

    /**
     * @throws UnreadableValueException when the text is not one of the values
     */
    public T read(String text) {
        try {
            return reader.apply(text);
        } catch (NumberFormatException e) {
            throw new UnreadableValueException(null);
        }
    }

    /** The text is not a value of the format; the message, if any, says what in it is wrong. */
    static final class UnreadableValueException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UnreadableValueException(String detail) {
            super(detail);
        }
    }

    /** Any text, empty included, as it is. */
    public static ValueFormat<String> anyText() {
        return new ValueFormat<>("any text, or empty", text -> text);
    }

    /** Text that is not blank, without its surrounding spaces. */
    public static ValueFormat<String> requiredText(String values) {
        return new ValueFormat<>(values, text -> {
            if (text.isBlank()) {
                throw new UnreadableValueException(null);
            }
            return text.trim();
        });
    }

    /** Text without its surrounding spaces, empty included. */
    public static ValueFormat<String> optionalText(String values) {
        return new ValueFormat<>(values, String::trim);
    }

    /** Text that is not blank, without its surrounding spaces, that {@code accepted} accepts. */
    public static ValueFormat<String> checkedText(String values, Predicate<String> accepted) {
        return new ValueFormat<>(values, text -> {
            String trimmed = text.trim();
            if (trimmed.isEmpty() || !accepted.test(trimmed)) {
                throw new UnreadableValueException(null);
            }
            return trimmed;
        });
    }

    /** Names separated by commas, at least one, each one {@code accepted} accepts; in the order given. */
    public static ValueFormat<List<String>> names(String values, Predicate<String> accepted) {
        return new ValueFormat<>(values, text -> {
            Set<String> names = new LinkedHashSet<>();
            for (String name : text.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                if (!accepted.test(name.trim())) {
                    throw new UnreadableValueException(name.trim() + " is none");
                }
                names.add(name.trim());
            }
            if (names.isEmpty()) {
                throw new UnreadableValueException("at least one is needed");
            }
            return List.copyOf(names);
        });
    }

    public static ValueFormat<Integer> integer(int min, int max) {
        return new ValueFormat<>("a whole number from " + min + " to " + max,
                text -> within(Integer.parseInt(text.trim()), min, max));
    }

    /**
     * A number of workers: a whole number, or {@code auto} for one per processor (at least two). Since a batch of
     * events is one transaction that reads its agents and calls at once, a worker spends a large part of its time
     * waiting for the database (a flush, a commit); a second one applies while the first waits (benchmarks/README.md,
     * "what made the apply path fast").
     */
    public static ValueFormat<Integer> workers(int max) {
        return new ValueFormat<>("a whole number from 1 to " + max + ", or auto for one per processor (at least 2)",
                text -> {
                    if ("auto".equalsIgnoreCase(text.trim())) {
                        return Math.min(max, Math.max(2, Runtime.getRuntime().availableProcessors()));
                    }
                    return within(Integer.parseInt(text.trim()), 1, max);
                });
    }

    /** A protocol UINT (an id such as a PeripheralID). */
    public static ValueFormat<Long> unsignedInt() {
        return new ValueFormat<>("a whole number from 0 to 4294967295", ValueFormat::unsignedInt);
    }

    /** A fraction in [0, 1), such as {@code 0.2}. */
    public static ValueFormat<Double> fraction() {
        return new ValueFormat<>("a fraction from 0 (included) to 1 (excluded)", text -> {
            double parsed = Double.parseDouble(text.trim());
            if (!(parsed >= 0 && parsed < 1)) {
                throw new UnreadableValueException(null);
            }
            return parsed;
        });
    }

    /** A positive duration, in the one syntax of every CTI OS duration ({@link DurationText}). */
    public static ValueFormat<Duration> duration() {
        return new ValueFormat<>(DurationText.VALUES + ", above zero", text -> {
            Duration parsed;
            try {
                parsed = DurationText.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UnreadableValueException(null);
            }
            if (parsed.isZero()) {
                throw new UnreadableValueException(null);
            }
            return parsed;
        });
    }

    public static ValueFormat<Boolean> bool() {
        return new ValueFormat<>("true or false", text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UnreadableValueException(null);
        });
    }

    /** CTI service names separated by commas or '|' ({@code ALL_EVENTS,CLIENT_CONTROL}), or the mask as a number. */
    public static ValueFormat<Long> serviceMask() {
        return new ValueFormat<>("CTI service names separated by commas, or the mask as a number", text -> {
            String mask = text.trim();
            if (mask.matches("\\d+")) {
                return unsignedInt(mask);
            }
            if (mask.toLowerCase(Locale.ROOT).startsWith("0x")) {
                return unsignedInt(Long.toString(Long.parseLong(mask.substring(2), 16)));
            }
            return serviceNames(mask);
        });
    }

    /** Agent ids and ranges of numeric ones, separated by commas: {@code 1001-1050, 2001, supervisor7}. */
    public static ValueFormat<Set<String>> agentIds() {
        return new ValueFormat<>("agent ids and ranges of at most " + MAX_RANGE + " ids (1001-1050), separated by "
                + "commas, or empty", ValueFormat::agentIds);
    }

    private static int within(int value, int min, int max) {
        if (value < min || value > max) {
            throw new UnreadableValueException(null);
        }
        return value;
    }

    private static long unsignedInt(String text) {
        long parsed = Long.parseLong(text.trim());
        if (parsed < 0 || parsed > 0xFFFF_FFFFL) {
            throw new UnreadableValueException(null);
        }
        return parsed;
    }

    private static long serviceNames(String names) {
        long mask = 0;
        for (String name : names.split("[,|]")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                mask |= CtiService.valueOf(name.trim().toUpperCase(Locale.ROOT)).bit();
            } catch (IllegalArgumentException e) {
                throw new UnreadableValueException(name.trim() + " is none");
            }
        }
        if (mask == 0) {
            throw new UnreadableValueException("at least one is needed");
        }
        return mask;
    }

    private static Set<String> agentIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (String item : text.split(",")) {
            String id = item.trim();
            if (id.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(id);
            if (range.matches()) {
                long first = Long.parseLong(range.group(1));
                long last = Long.parseLong(range.group(2));
                if (last < first || last - first >= MAX_RANGE) {
                    throw new UnreadableValueException(id + " is no range from low to high of at most " + MAX_RANGE
                            + " ids");
                }
                for (long agent = first; agent <= last; agent++) {
                    ids.add(Long.toString(agent));
                }
            } else if (id.length() > MAX_AGENT_ID_LENGTH || id.contains(" ")) {
                throw new UnreadableValueException(id + " is no agent id of at most " + MAX_AGENT_ID_LENGTH
                        + " characters without spaces");
            } else {
                ids.add(id);
            }
        }
        return Set.copyOf(ids);
    }
}
