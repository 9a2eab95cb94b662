package org.ctios.web.settings;

/**
 * A {@code ctios.*} name set for this server that no part of CTI OS declares: most likely a misspelling, which would
 * otherwise leave the setting it meant at its default without a word.
 *
 * @param name    the name as it was set ({@code ctios.events.max-stream} or {@code CTIOS_EVENTS_MAX_STREAM})
 * @param nearest the declared setting it most resembles
 */
public record UnknownSetting(String name, String nearest) {

    /** What the start logs about it. */
    public String warning() {
        return "Unknown setting " + name + " is ignored: no part of CTI OS reads it; did you mean " + nearest
                + (name.startsWith("CTIOS_") ? " (" + SettingsCatalogue.environmentName(nearest) + ")" : "")
                + "? (docs/settings.md lists every setting)";
    }
}
