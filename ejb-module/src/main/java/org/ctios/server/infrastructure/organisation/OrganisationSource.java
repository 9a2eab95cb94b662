package org.ctios.server.infrastructure.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the organisation comes from: MicroProfile Config property {@code ctios.organisation} (environment
 * {@code CTIOS_ORGANISATION}) holds a file path, {@code demo} (the default: the simulator's demo contact centre,
 * bundled) or {@code none}.
 */
public final class OrganisationSource {

    public static final String PROPERTY = "ctios.organisation";
    static final String DEMO_RESOURCE = "org/ctios/server/organisation/demo.json";

    private OrganisationSource() {
    }

    public static Optional<OrganisationDefinition> configured() {
        return load(setting());
    }

    static Optional<OrganisationDefinition> load(String setting) {
        if ("none".equals(setting)) {
            return Optional.empty();
        }
        if ("demo".equals(setting)) {
            try (InputStream demo = OrganisationSource.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
                if (demo == null) {
                    throw new IllegalStateException("the bundled demo organisation " + DEMO_RESOURCE + " is missing");
                }
                return Optional.of(OrganisationFile.read(demo, "the demo organisation"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path file = Path.of(setting);
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(OrganisationFile.read(in, file.toString()));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(PROPERTY + " names " + file.toAbsolutePath()
                    + ", which does not exist (use demo, none or a file)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the organisation file " + file + " cannot be read", e);
        }
    }

    private static String setting() {
        try {
            return ConfigProvider.getConfig(OrganisationSource.class.getClassLoader())
                    .getOptionalValue(PROPERTY, String.class).orElse("demo");
        } catch (LinkageError | IllegalStateException e) {
            // No MicroProfile Config here (a plain JVM in tests).
            return System.getProperty(PROPERTY, "demo");
        }
    }
}
