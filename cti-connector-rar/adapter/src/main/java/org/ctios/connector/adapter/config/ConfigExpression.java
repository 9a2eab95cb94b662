package org.ctios.connector.adapter.config;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Payara-style references in the adapter's configuration properties: {@code ${MPCONFIG=key:default}} and
 * {@code ${ENV=NAME:default}}, anywhere in a value. Payara expands these in many deployment descriptors but not in
 * a resource adapter's properties, so the adapter does it itself, the same way, when it starts.
 *
 * <p>{@code MPCONFIG} keys are looked up in MicroProfile Config when the server provides it, and otherwise (plain
 * Java tests) in the system properties and then the environment under MicroProfile's name mapping
 * ({@code ctios.cti.side-a.port} is also found as {@code CTIOS_CTI_SIDE_A_PORT}).
 */
public final class ConfigExpression {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(MPCONFIG|ENV)=([^:}]+)(?::([^}]*))?}");

    private final Function<String, Optional<String>> configLookup;
    private final Function<String, String> environment;

    /** Resolution against the given lookups, as a test or another runtime supplies them. */
    public ConfigExpression(Function<String, Optional<String>> configLookup, Function<String, String> environment) {
        this.configLookup = configLookup;
        this.environment = environment;
    }

    /** Resolution against MicroProfile Config (or system properties) and the process environment. */
    public static ConfigExpression fromRuntime(ClassLoader classLoader) {
        return new ConfigExpression(MicroProfileConfigLookup.forClassLoader(classLoader), System::getenv);
    }

    /**
     * The value with every reference replaced.
     *
     * @throws IllegalArgumentException when a reference has neither a value nor a default
     */
    public String resolve(String value) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String source = matcher.group(1);
            String name = matcher.group(2).trim();
            String fallback = matcher.group(3);
            String found = "ENV".equals(source) ? environment.apply(name) : lookupConfig(name);
            if (found == null) {
                found = fallback;
            }
            if (found == null) {
                throw new IllegalArgumentException("'" + matcher.group() + "' has no value and no default");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(found));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private String lookupConfig(String key) {
        return configLookup.apply(key).orElseGet(() -> environment.apply(environmentName(key)));
    }

    /** MicroProfile Config's mapping of a property name to an environment variable name. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
