package org.ctios.connector.adapter.config;

/** Where the connector's settings come from: each setting's text, with every reference in it resolved. */
@FunctionalInterface
public interface SettingSource {

    /**
     * @throws IllegalArgumentException when a reference in the setting's text cannot be resolved
     */
    String text(Setting<?> setting);
}
