package org.ctios.web.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.DeprecatedName;
import org.eclipse.microprofile.config.Config;

/**
 * Reads a setting's former names ({@code ctios.events.heartbeat-seconds} for {@code ctios.events.heartbeat}) and
 * gives their value in the setting's own form ({@code 15} seconds as {@code 15s}).
 */
public final class DeprecatedNames {

    private final SettingsCatalogue catalogue;
    private final Function<String, String> lookup;

    /** @param lookup the text set for a name, or {@code null} */
    public DeprecatedNames(SettingsCatalogue catalogue, Function<String, String> lookup) {
        this.catalogue = catalogue;
        this.lookup = lookup;
    }

    /** Against every source of the application's configuration. */
    public static DeprecatedNames of(SettingsCatalogue catalogue, Config config) {
        return new DeprecatedNames(catalogue, name -> config.getOptionalValue(name, String.class).orElse(null));
    }

    /** Against this process's system properties and environment (under MicroProfile's mapping of names). */
    public static DeprecatedNames ofThisProcess(SettingsCatalogue catalogue) {
        return new DeprecatedNames(catalogue, name -> {
            String value = System.getProperty(name);
            String variable = name.replaceAll("[^A-Za-z0-9]", "_");
            for (String candidate : new String[] {name, variable, variable.toUpperCase(Locale.ROOT)}) {
                value = value != null ? value : System.getenv(candidate);
            }
            return value;
        });
    }

    /** A former name of the setting that is set, if any. */
    public Optional<DeprecatedName> setFor(DeclaredSetting setting) {
        return setting.deprecatedNames().stream().filter(former -> lookup.apply(former.key()) != null).findFirst();
    }

    /**
     * The value of the setting under its former name, in the setting's own form, if that name is set.
     *
     * @throws IllegalArgumentException naming the former name when its value is no whole number
     */
    public Optional<String> valueFor(String key) {
        return catalogue.setting(key).flatMap(this::setFor)
                .map(former -> former.asDuration(lookup.apply(former.key())));
    }

    /** The settings set under a former name. */
    public List<DeclaredSetting> settingsWithFormerNameSet() {
        return catalogue.all().stream().filter(setting -> setFor(setting).isPresent()).toList();
    }
}
