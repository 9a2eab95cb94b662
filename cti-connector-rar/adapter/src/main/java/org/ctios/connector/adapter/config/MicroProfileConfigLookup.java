package org.ctios.connector.adapter.config;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Looks keys up in the server's MicroProfile Config, or in the system properties where there is none. */
final class MicroProfileConfigLookup {

    private MicroProfileConfigLookup() {
    }

    static Function<String, Optional<String>> forClassLoader(ClassLoader classLoader) {
        Config config = serverConfig(classLoader);
        if (config == null) {
            return key -> Optional.ofNullable(System.getProperty(key));
        }
        return key -> config.getOptionalValue(key, String.class);
    }

    private static Config serverConfig(ClassLoader classLoader) {
        try {
            return ConfigProvider.getConfig(classLoader);
        } catch (LinkageError | IllegalStateException e) {
            // No MicroProfile Config implementation here (a plain JVM in tests).
            return null;
        }
    }
}
