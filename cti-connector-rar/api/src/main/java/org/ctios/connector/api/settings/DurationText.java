package org.ctios.connector.api.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way every duration setting of CTI OS is written, read by the connector and, through a MicroProfile Config
 * converter, by the application: ISO-8601 ({@code PT2S}, {@code PT15M}, {@code P1D}) or the short form
 * ({@code 200ms}, {@code 5s}, {@code 2m}, {@code 1h}); a bare number is seconds, as the connector always read it.
 * Both forms because operators know the short one and Java's and MicroProfile's documentation the ISO one.
 */
public final class DurationText {

    /** The values a duration setting may take, in words, for errors and the settings reference. */
    public static final String VALUES = "a duration such as PT2S, 200ms, 5s, 2m or 1h";

    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h)?");

    private DurationText() {
    }

    /**
     * The duration the text says.
     *
     * @throws IllegalArgumentException when it is in neither form, or negative
     */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("must be " + VALUES + ", was nothing");
        }
        String trimmed = text.trim();
        Duration parsed = trimmed.toUpperCase(Locale.ROOT).startsWith("P") ? iso(trimmed) : shortForm(trimmed);
        if (parsed == null || parsed.isNegative()) {
            throw new IllegalArgumentException("must be " + VALUES + ", was '" + text + "'");
        }
        return parsed;
    }

    /**
     * The duration the text says, with the setting's key in the error.
     *
     * @throws IllegalArgumentException naming the key when the text is no duration
     */
    public static Duration parse(String key, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " " + e.getMessage(), e);
        }
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration shortForm(String text) {
        Matcher matcher = SHORT.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        try {
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (ArithmeticException tooLong) {
            return null;
        }
    }
}
