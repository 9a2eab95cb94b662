package org.ctios.connector.adapter.runtime;

import java.util.List;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.SettingDeclarations;

/**
 * The connector's settings ({@link ConnectorSettings#SETTINGS}) for the settings catalogue, which finds this class
 * with {@link java.util.ServiceLoader} through the deployed adapter: the application sees the adapter's published
 * API, not its classes.
 */
public final class ConnectorSettingDeclarations implements SettingDeclarations {

    @Override
    public String part() {
        return "connector";
    }

    @Override
    public List<DeclaredSetting> settings() {
        return ConnectorSettings.SETTINGS.stream().map(Setting::declared).toList();
    }
}
