package org.ctios.connector.adapter.config;

/**
 * A setting of the connector has a value it cannot take. The message names the resource adapter's property and its
 * MicroProfile Config key, so that a deployment that fails for it says what to correct.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String property;

    public InvalidSettingException(Setting<?> setting, String problem) {
        super(setting.property() + " (" + setting.configKey() + ") " + problem);
        this.property = setting.property();
    }

    /** The resource adapter's property that has the wrong value. */
    public String property() {
        return property;
    }
}
