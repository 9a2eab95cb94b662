package org.ctios.web.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Keeps deployments that set a setting under its former name working: serves {@code ctios.events.heartbeat} =
 * {@code 15s} when only {@code ctios.events.heartbeat-seconds} = 15 is set. Its ordinal is below every other
 * source's, so the setting's own name wins wherever it is set. {@link SettingsCheck} logs each former name in use
 * once, as deprecated.
 */
public class DeprecatedNamesConfigSource implements ConfigSource {

    /** Below the application's own microprofile-config.properties (100), the lowest of the standard sources. */
    static final int ORDINAL = 1;

    /** Set while this source reads a former name through the configuration, which asks this source again. */
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    private final Supplier<DeprecatedNames> values;
    private final Supplier<DeprecatedNames> listing;

    /**
     * As MicroProfile Config makes it: a former name's value is read through the application's configuration, so a
     * former name set in any source works; the names this source lists come from the system properties and the
     * environment alone, since a configuration being built may ask for them.
     */
    public DeprecatedNamesConfigSource() {
        this(() -> DeprecatedNames.of(catalogue(), ConfigProvider.getConfig(loader())),
                () -> DeprecatedNames.ofThisProcess(catalogue()));
    }

    /** Each supplier is asked once, when first needed: the configuration and the catalogue are not ready before. */
    DeprecatedNamesConfigSource(Supplier<DeprecatedNames> values, Supplier<DeprecatedNames> listing) {
        this.values = once(values);
        this.listing = once(listing);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        AtomicReference<T> made = new AtomicReference<>();
        return () -> made.updateAndGet(current -> current != null ? current : supplier.get());
    }

    private static ClassLoader loader() {
        return DeprecatedNamesConfigSource.class.getClassLoader();
    }

    private static SettingsCatalogue catalogue() {
        return SettingsCatalogue.load(loader());
    }

    @Override
    public String getValue(String propertyName) {
        if (propertyName == null || !propertyName.startsWith("ctios.") || READING.get()) {
            return null;
        }
        READING.set(true);
        try {
            return values.get().valueFor(propertyName).orElse(null);
        } finally {
            READING.remove();
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return listing.get().settingsWithFormerNameSet().stream().map(DeclaredSetting::key).collect(Collectors.toSet());
    }

    /** The values that can be read; a former name's wrong value fails the lookup of its setting instead. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String key : getPropertyNames()) {
            try {
                String value = listing.get().valueFor(key).orElse(null);
                if (value != null) {
                    properties.put(key, value);
                }
            } catch (IllegalArgumentException wrongValue) {
                // SettingsCheck reports it, naming the former name.
            }
        }
        return properties;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "CTI OS deprecated setting names";
    }
}
