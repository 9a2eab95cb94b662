package org.ctios.web.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.DeprecatedName;
import org.ctios.connector.api.settings.SettingDeclarations;

/**
 * Every {@code ctios.*} setting of CTI OS, as the connector, the object server and the web module declare them
 * ({@link SettingDeclarations}, found with {@link ServiceLoader}: the connector's through the deployed adapter, the
 * object server's in the WAR's library). The web module is the top layer, the one that sees all three.
 */
public final class SettingsCatalogue {

    private final Map<String, List<DeclaredSetting>> parts;
    private final Map<String, DeclaredSetting> byKey = new HashMap<>();
    private final Map<String, DeclaredSetting> byDeprecatedName = new HashMap<>();
    private final List<DeclaredSetting> families = new ArrayList<>();

    /**
     * @throws IllegalStateException when two parts declare one key: a setting has one meaning and one default
     */
    public SettingsCatalogue(List<SettingDeclarations> declarations) {
        Map<String, List<DeclaredSetting>> byPart = new LinkedHashMap<>();
        declarations.stream().sorted(Comparator.comparingInt(SettingsCatalogue::order))
                .forEach(part -> byPart.put(part.part(), List.copyOf(part.settings())));
        this.parts = Collections.unmodifiableMap(byPart);
        for (DeclaredSetting setting : all()) {
            if (byKey.put(setting.key(), setting) != null) {
                throw new IllegalStateException(setting.key() + " is declared twice");
            }
            setting.deprecatedNames().forEach(former -> byDeprecatedName.put(former.key(), setting));
            if (setting.isFamily()) {
                families.add(setting);
            }
        }
    }

    /** The catalogue of every part the class loader sees. */
    public static SettingsCatalogue load(ClassLoader classLoader) {
        List<SettingDeclarations> found = new ArrayList<>();
        ServiceLoader.load(SettingDeclarations.class, classLoader).forEach(found::add);
        return new SettingsCatalogue(found);
    }

    /** The connector first, then the object server, then the web module: the order of the layers, bottom up. */
    private static int order(SettingDeclarations part) {
        return switch (part.part()) {
            case "connector" -> 0;
            case "object server" -> 1;
            default -> 2;
        };
    }

    /** Each part's name and its settings, bottom layer first. */
    public Map<String, List<DeclaredSetting>> parts() {
        return parts;
    }

    public List<DeclaredSetting> all() {
        return parts.values().stream().flatMap(List::stream).toList();
    }

    /** The setting the name is the key of (or one of its family's), without deprecated names. */
    public Optional<DeclaredSetting> setting(String name) {
        DeclaredSetting exact = byKey.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return families.stream().filter(family -> family.names(name)).findFirst();
    }

    /** The setting a deprecated name stands for. */
    public Optional<DeclaredSetting> deprecatedFor(String name) {
        return Optional.ofNullable(byDeprecatedName.get(name));
    }

    /** The former name of the setting, if the name is one. */
    public Optional<DeprecatedName> deprecatedName(String name) {
        return deprecatedFor(name).flatMap(setting -> setting.deprecatedNames().stream()
                .filter(former -> former.key().equals(name)).findFirst());
    }

    /** Whether the name is a setting's key, one of a family's, or a deprecated name still read. */
    public boolean declares(String name) {
        return setting(name).isPresent() || byDeprecatedName.containsKey(name);
    }

    /**
     * The declared key (or deprecated name) an environment variable stands for under MicroProfile Config's mapping
     * ({@code CTIOS_EVENTS_MAX_STREAMS} for {@code ctios.events.max-streams}), if any.
     */
    public Optional<String> keyOfEnvironmentName(String variable) {
        for (String name : names()) {
            if (environmentName(name).equals(variable)) {
                return Optional.of(name);
            }
        }
        for (DeclaredSetting family : families) {
            String asName = variable.toLowerCase(Locale.ROOT);
            String prefix = environmentName(family.key().substring(0, family.key().indexOf('{')));
            if (variable.startsWith(prefix) && !variable.substring(prefix.length()).contains("_")) {
                return Optional.of(family.key().substring(0, family.key().indexOf('{'))
                        + asName.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** The declared key or deprecated name nearest the given one: a likely misspelling's intended name. */
    public String nearest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : names()) {
            int distance = EditDistance.between(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every declared key and deprecated name. */
    List<String> names() {
        List<String> names = new ArrayList<>(byKey.keySet());
        names.addAll(byDeprecatedName.keySet());
        names.sort(null);
        return names;
    }

    /** MicroProfile Config's mapping of a property name to an environment variable name. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
