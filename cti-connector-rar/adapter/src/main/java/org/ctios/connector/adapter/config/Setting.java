package org.ctios.connector.adapter.config;

import java.util.Objects;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.ValueRule;

/**
 * One setting of the connector, described once: the resource adapter's JavaBean property that holds it, its
 * MicroProfile Config key, its default, the values it may take, and what it means. The adapter's property starts as
 * {@link #reference()}, so a deployment sets it through MicroProfile Config (or the environment) unless it sets the
 * property itself.
 *
 * @param property     the resource adapter's JavaBean property, named in every error about the setting
 * @param configKey    the MicroProfile Config key of the default reference
 * @param defaultValue what the setting is when nothing sets it
 * @param format       how its text is read, and its bounds
 * @param meaning      what it means, for the documentation
 * @param <T>          the type of its value
 */
public record Setting<T>(String property, String configKey, String defaultValue, ValueFormat<T> format,
                         String meaning) {

    public Setting {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(configKey, "configKey");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** The property's initial value: the configuration key, falling back to the default. */
    public String reference() {
        return "${MPCONFIG=" + configKey + ":" + defaultValue + "}";
    }

    /**
     * The setting's value as the source gives it.
     *
     * @throws InvalidSettingException when its text cannot be resolved or is not one of the values it may take
     */
    public T read(SettingSource source) {
        String text;
        try {
            text = source.text(this);
        } catch (IllegalArgumentException unresolved) {
            throw new InvalidSettingException(this, unresolved.getMessage());
        }
        if (text == null) {
            throw new InvalidSettingException(this, "it has no value");
        }
        try {
            return format.read(text);
        } catch (ValueFormat.UnreadableValueException e) {
            throw invalid(text, e.getMessage());
        }
    }

    /** The error for a value this setting cannot take; {@code detail} says why, or is {@code null}. */
    public InvalidSettingException invalid(String text, String detail) {
        return new InvalidSettingException(this, "must be " + format.values()
                + (detail == null ? "" : " (" + detail + ")") + ", was '" + text + "'");
    }

    /** The setting as the settings catalogue lists it: its key, default, values and meaning, its property named. */
    public DeclaredSetting declared() {
        return new DeclaredSetting(configKey, defaultValue, new ValueRule(format.values(), text -> read(source -> text)),
                meaning + " (Resource adapter property `" + property + "`.)");
    }
}
