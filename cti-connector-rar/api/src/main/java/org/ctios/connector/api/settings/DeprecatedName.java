package org.ctios.connector.api.settings;

import java.util.Objects;

/**
 * A setting's former name whose value was a number in a unit the name carried ({@code ctios.events.heartbeat-seconds}
 * = 15); it is still read when the setting's own name is absent, as that number with the unit
 * ({@code 15} becomes {@code 15s}), so that no deployment breaks, and the start says it is deprecated.
 *
 * @param key  the former name
 * @param unit the short duration unit its number is in: {@code ms} or {@code s}
 */
public record DeprecatedName(String key, String unit) {

    public DeprecatedName {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
    }

    /** The former name's value as the setting's own value ("15" in seconds is "15s"). */
    public String asDuration(String text) {
        String number = text.trim();
        if (!number.matches("\\d{1,18}")) {
            throw new IllegalArgumentException(key + " must be a whole number of " + (unit.equals("ms")
                    ? "milliseconds" : "seconds") + ", was '" + text + "'");
        }
        return number + unit;
    }
}
