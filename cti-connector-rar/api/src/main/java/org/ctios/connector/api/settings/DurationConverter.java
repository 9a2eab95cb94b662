package org.ctios.connector.api.settings;

import jakarta.annotation.Priority;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads every {@code Duration} setting of CTI OS (the web module's and the object server's) as the connector reads
 * its own: ISO-8601 or the short form ({@link DurationText}). Above the server's own converter (priority 100 and
 * below), which knows ISO-8601 only.
 *
 * <p>Registered by the connector's API jar, which the deployed RAR puts on every application's class path, rather
 * than by the WAR: for a module of an EAR on Payara Server, MicroProfile Config looks for converters with the EAR's
 * class loader, which does not see the WAR's, and a short-form duration then failed the deployment. Every
 * application of the server gets it, so their durations read the same way too.
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
