package org.ctios.web.settings;

import jakarta.annotation.Priority;
import java.time.Duration;
import org.ctios.connector.api.settings.DurationText;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads every {@code Duration} setting of the application (the web module's and the object server's) as the
 * connector reads its own: ISO-8601 or the short form ({@link DurationText}). Above the server's own converter
 * (priority 100 and below), which knows ISO-8601 only.
 */
@Priority(200)
public class DurationConverter implements Converter<Duration> {

    private static final long serialVersionUID = 1L;

    @Override
    public Duration convert(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DurationText.parse(value);
    }
}
