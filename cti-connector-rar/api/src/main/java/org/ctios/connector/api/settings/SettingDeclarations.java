package org.ctios.connector.api.settings;

import java.util.List;

/**
 * The settings one part of CTI OS declares (the connector, the object server, the web module), found with
 * {@link java.util.ServiceLoader}: the web module's settings catalogue lists every part it can see, so that each part
 * declares its settings where it reads them and no list is kept by hand elsewhere.
 */
public interface SettingDeclarations {

    /** The part's name in the settings reference ("connector"). */
    String part();

    /** Its settings, in the order the reference lists them. */
    List<DeclaredSetting> settings();
}
