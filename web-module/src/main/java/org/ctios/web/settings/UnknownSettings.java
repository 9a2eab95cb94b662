package org.ctios.web.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the {@code ctios.*} names set for this server that the catalogue does not declare. MicroProfile Config
 * finds {@code ctios.events.max-streams} as the environment variable {@code CTIOS_EVENTS_MAX_STREAMS}, but lists the
 * variable by its own name, so a variable is known when it is a declared key's (or deprecated name's) environment
 * form. {@code run.sh}'s own variables ({@link #LAUNCHER_VARIABLES}) reach the server's environment too, and are
 * no settings of it.
 */
public final class UnknownSettings {

    /** The environment variables {@code run.sh} reads for itself (its header lists them), not settings. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of("CTIOS_HTTP_PORT", "CTIOS_HTTP_ADDRESS", "CTIOS_CTI_PORT",
            "CTIOS_CTI_PORT_B", "CTIOS_SIMULATOR_ADMIN_PORT", "CTIOS_CLUSTER_PORT", "CTIOS_RUN_DIR", "CTIOS_SKIP_BUILD",
            "CTIOS_CREDENTIALS", "CTIOS_START_TIMEOUT", "CTIOS_RUN_SIGNALS_RESET");

    private UnknownSettings() {
    }

    /** The unknown ones among the names, each once, in name order. */
    public static List<UnknownSetting> among(Iterable<String> names, SettingsCatalogue catalogue) {
        Set<String> unknown = new TreeSet<>();
        for (String name : names) {
            if (isUnknown(name, catalogue)) {
                unknown.add(name);
            }
        }
        List<UnknownSetting> found = new ArrayList<>();
        for (String name : unknown) {
            found.add(new UnknownSetting(name, nearest(name, catalogue)));
        }
        found.sort(Comparator.comparing(UnknownSetting::name));
        return List.copyOf(found);
    }

    private static boolean isUnknown(String name, SettingsCatalogue catalogue) {
        if (name.startsWith("ctios.")) {
            return !catalogue.declares(name);
        }
        if (isEnvironmentForm(name)) {
            String variable = name.toUpperCase(Locale.ROOT);
            return !LAUNCHER_VARIABLES.contains(variable) && catalogue.keyOfEnvironmentName(variable).isEmpty();
        }
        return false;
    }

    /** {@code CTIOS_EVENTS_MAX_STREAMS}, or {@code ctios_events_max_streams}, which MicroProfile maps as well. */
    private static boolean isEnvironmentForm(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith("CTIOS_") && name.matches("[A-Za-z0-9_]+");
    }

    private static String nearest(String name, SettingsCatalogue catalogue) {
        if (!isEnvironmentForm(name)) {
            return catalogue.nearest(name);
        }
        String variable = name.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : catalogue.names()) {
            int distance = EditDistance.between(variable, SettingsCatalogue.environmentName(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
