package org.ctios.connector.api.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The values a setting may take: in words ({@link #values()}, for errors and the settings reference) and as a check
 * of a value's text, so that a start can refuse a wrong value naming its key and what it must be.
 *
 * @param values what the setting may be, in words ("a whole number from 1 to 65535")
 * @param check  throws {@link IllegalArgumentException} for text that is none of the values
 */
public record ValueRule(String values, Consumer<String> check) {

    public ValueRule {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(check, "check");
    }

    /** Whether the text is one of the values. */
    public boolean accepts(String text) {
        try {
            check.accept(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static ValueRule anyText() {
        return new ValueRule("any text, or empty", text -> { });
    }

    /** Text as the reading code takes it; its own checks say more when it is read. */
    public static ValueRule text(String values) {
        return new ValueRule(values, text -> { });
    }

    public static ValueRule bool() {
        return new ValueRule("true or false", text -> {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException();
            }
        });
    }

    public static ValueRule wholeNumber(long min, long max) {
        return new ValueRule("a whole number from " + min + " to " + max, text -> {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
        });
    }

    /** A duration ({@link DurationText}), zero included. */
    public static ValueRule duration() {
        return new ValueRule(DurationText.VALUES, DurationText::parse);
    }

    /** A duration ({@link DurationText}) above zero. */
    public static ValueRule positiveDuration() {
        return new ValueRule(DurationText.VALUES + ", above zero", text -> {
            if (DurationText.parse(text).isZero()) {
                throw new IllegalArgumentException();
            }
        });
    }

    /** One of the names given, as written. */
    public static ValueRule oneOf(List<String> names) {
        return new ValueRule(String.join(" or ", names), text -> {
            if (!names.contains(text.trim())) {
                throw new IllegalArgumentException();
            }
        });
    }
}
