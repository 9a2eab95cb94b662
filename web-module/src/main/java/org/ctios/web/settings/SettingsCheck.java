package org.ctios.web.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the settings when the application starts: a value a setting may not take stops the start, naming the key
 * and what it must be (all such values at once); a former name in use is logged once as deprecated; every
 * {@code ctios.*} name no part declares is logged as a warning with the declared name it most resembles, and kept
 * for {@code GET /cti/api/system}.
 */
@ApplicationScoped
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    private volatile List<UnknownSetting> unknown = List.of();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ClassLoader loader = SettingsCheck.class.getClassLoader();
        Config config = ConfigProvider.getConfig(loader);
        SettingsCatalogue catalogue = SettingsCatalogue.load(loader);
        Result result = check(catalogue, name -> config.getOptionalValue(name, String.class),
                config.getPropertyNames(), DeprecatedNames.of(catalogue, config));
        result.deprecations().forEach(LOG::warning);
        result.unknown().forEach(setting -> LOG.warning(setting.warning()));
        unknown = result.unknown();
        if (!result.wrongValues().isEmpty()) {
            throw new IllegalStateException("CTI OS does not start: " + String.join("; ", result.wrongValues()));
        }
        LOG.info(() -> catalogue.all().size() + " settings declared (" + String.join(", ",
                catalogue.parts().keySet()) + "), " + result.unknown().size() + " unknown set");
    }

    /** The {@code ctios.*} names set for this server that no part declares, as the start found them. */
    public List<UnknownSetting> unknown() {
        return unknown;
    }

    /**
     * What the start says about the settings.
     *
     * @param wrongValues  each setting whose value it may not take: key, what it must be, the value
     * @param deprecations each former name in use, once
     * @param unknown      the {@code ctios.*} names set that no part declares
     */
    record Result(List<String> wrongValues, List<String> deprecations, List<UnknownSetting> unknown) {
    }

    /** The check itself, over given values and names. */
    static Result check(SettingsCatalogue catalogue, Function<String, Optional<String>> values,
                        Iterable<String> names, DeprecatedNames formerNames) {
        List<String> wrong = new ArrayList<>();
        List<String> deprecations = new ArrayList<>();
        for (DeclaredSetting setting : catalogue.all()) {
            if (setting.isFamily()) {
                continue;
            }
            formerNames.setFor(setting).ifPresent(former -> deprecations.add(former.key() + " is deprecated: set "
                    + setting.key() + " (" + setting.rule().values() + ") instead; it is read while "
                    + setting.key() + " is not set"));
            checkValue(setting, setting.key(), values, wrong);
        }
        for (String name : names) {
            catalogue.setting(name).filter(DeclaredSetting::isFamily)
                    .ifPresent(family -> checkValue(family, name, values, wrong));
        }
        return new Result(List.copyOf(wrong), List.copyOf(deprecations), UnknownSettings.among(names, catalogue));
    }

    private static void checkValue(DeclaredSetting setting, String name, Function<String, Optional<String>> values,
                                   List<String> wrong) {
        try {
            // A reference the connector resolves itself (${ENV=...}) is checked there, once resolved.
            values.apply(name).filter(text -> !text.contains("${")).ifPresent(text -> setting.check(name, text));
        } catch (IllegalArgumentException e) {
            wrong.add(e.getMessage());
        }
    }
}
