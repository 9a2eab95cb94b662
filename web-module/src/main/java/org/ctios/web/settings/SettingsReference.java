package org.ctios.web.settings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.DeprecatedName;

/**
 * The settings reference, {@code docs/settings.md}, made from the catalogue: {@code SettingsCatalogueTest} fails
 * while the file differs, and writes the file as it should be to {@code web-module/target/settings.md}.
 */
public final class SettingsReference {

    private SettingsReference() {
    }

    public static String markdown(SettingsCatalogue catalogue) {
        StringBuilder doc = new StringBuilder();
        doc.append("""
                # Settings

                Every `ctios.*` setting of CTI OS: the connector's, the object server's and the web module's. This \
                file is made from the settings catalogue, where each part declares the settings it reads \
                (`ConnectorSettings`, `ObjectServerSettingDeclarations`, `WebSettingDeclarations`); \
                `SettingsCatalogueTest` fails while it differs and writes it as it should be to \
                `web-module/target/settings.md`.

                **How to set one.** Each is a MicroProfile Config key: a system property \
                (`-Dctios.events.max-streams=500`), an environment variable under MicroProfile's mapping \
                (`CTIOS_EVENTS_MAX_STREAMS=500`: letters upper case, every other character `_`), or any other \
                config source of the server. The connector's can also be set as properties of the resource \
                adapter ([cti-connector-rar/README.md](../cti-connector-rar/README.md#configuration)).

                **Durations** are written one way everywhere: ISO-8601 (`PT2S`, `PT15M`, `P1D`) or the short form \
                (`200ms`, `5s`, `2m`, `1h`); a bare number is seconds.

                **At start**, a value a setting may not take stops the start with a message naming the key and \
                what it must be; a deprecated name in use is logged once; and every `ctios.*` name (or `CTIOS_…` \
                variable) that no part declares is logged as a warning with the declared name it most resembles, \
                and listed as `unknownSettings` in `GET /cti/api/system` (crm, admin). `run.sh`'s own variables \
                are no settings and not reported: """);
        doc.append(' ').append(UnknownSettings.LAUNCHER_VARIABLES.stream().sorted().map(name -> "`" + name + "`")
                .collect(Collectors.joining(", "))).append(".\n");
        for (Map.Entry<String, List<DeclaredSetting>> part : catalogue.parts().entrySet()) {
            doc.append("\n## ").append(title(part.getKey())).append("\n\n");
            doc.append("| key | default | values | meaning |\n|---|---|---|---|\n");
            for (DeclaredSetting setting : part.getValue()) {
                doc.append("| `").append(setting.key()).append("` | ").append(defaultText(setting)).append(" | ")
                        .append(setting.rule().values()).append(" | ").append(setting.meaning()).append(" |\n");
            }
        }
        doc.append("""

                ## Deprecated names

                Former names that carried a unit are still read when the setting's own name is not set (in any config \
                source), as a number in that unit; the start logs each one in use \
                as deprecated.

                | deprecated name | read as |
                |---|---|
                """);
        for (DeclaredSetting setting : catalogue.all()) {
            for (DeprecatedName former : setting.deprecatedNames()) {
                doc.append("| `").append(former.key()).append("` | `").append(setting.key()).append("`, the number ")
                        .append(former.unit().equals("ms") ? "in milliseconds" : "in seconds").append(" |\n");
            }
        }
        return doc.toString();
    }

    private static String title(String part) {
        return Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    private static String defaultText(DeclaredSetting setting) {
        if (setting.defaultValue() == null) {
            return "(not set)";
        }
        return setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`";
    }
}
