package org.ctios.connector.api.settings;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code ctios.*} setting, declared once by the part that reads it: its MicroProfile Config key, its default, the
 * values it may take and what it means, and the former names still read for it. The settings catalogue lists them
 * all, the settings reference is made from them, and a start refuses a value that is none of the values.
 *
 * @param key             the MicroProfile Config key; a part in braces ({@code ctios.wrapup.reasons.team.{team}})
 *                        stands for any one name segment, for a family of keys
 * @param defaultValue    what the setting is when nothing sets it; empty for empty, {@code null} when it has none
 *                        (unset means off or "not given")
 * @param rule            the values it may take
 * @param meaning         what it means, for the reference (Markdown)
 * @param deprecatedNames former names still read when the key is absent
 */
public record DeclaredSetting(String key, String defaultValue, ValueRule rule, String meaning,
                              List<DeprecatedName> deprecatedNames) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    public DeclaredSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(meaning, "meaning");
        deprecatedNames = List.copyOf(deprecatedNames);
        if (!key.startsWith("ctios.")) {
            throw new IllegalArgumentException("a CTI OS setting's key starts with ctios.: " + key);
        }
    }

    public DeclaredSetting(String key, String defaultValue, ValueRule rule, String meaning) {
        this(key, defaultValue, rule, meaning, List.of());
    }

    /** Whether the key is a family's ({@code ...team.{team}}) rather than one name. */
    public boolean isFamily() {
        return PLACEHOLDER.matcher(key).find();
    }

    /** Whether the name is this setting's key, or one of its family's. */
    public boolean names(String name) {
        if (!isFamily()) {
            return key.equals(name);
        }
        StringBuilder regex = new StringBuilder();
        int last = 0;
        var matcher = PLACEHOLDER.matcher(key);
        while (matcher.find()) {
            regex.append(Pattern.quote(key.substring(last, matcher.start()))).append("[^.]+");
            last = matcher.end();
        }
        regex.append(Pattern.quote(key.substring(last)));
        return name.matches(regex.toString());
    }

    /**
     * Checks a value's text against the values the setting may take.
     *
     * @throws IllegalArgumentException naming the key and what it must be
     */
    public void check(String name, String text) {
        if (!rule.accepts(text)) {
            throw new IllegalArgumentException(name + " must be " + rule.values() + ", was '" + text + "'");
        }
    }
}
