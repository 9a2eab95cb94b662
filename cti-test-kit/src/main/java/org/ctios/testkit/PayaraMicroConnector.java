package org.ctios.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What Payara Micro needs to run the CTI connector beside the application under test. Arquillian's Payara Micro
 * adapter deploys one archive, the test's, and a RAR cannot go in it: the connector must be deployed first, by a
 * post-boot command file ({@code --postbootcommandfile}), which Payara Micro runs before it deploys the test's
 * archive (see the kit's README).
 */
public final class PayaraMicroConnector {

    /** The RAR's module name: an MDB's {@code resourceAdapter} activation property names it. */
    public static final String MODULE_NAME = "cti-connector";

    private static final String COMMANDS = "payara-micro-postboot.txt";
    /** The connector's own commands that create its connection factory for every application. */
    private static final String CONNECTION_FACTORY = "connection-factory.asadmin";
    /** The connection factory's JNDI name, as the connector declares it: {@code @Resource(lookup = ...)}. */
    public static final String CONNECTION_FACTORY_JNDI_NAME = "cti/connectionFactory";
    private static final String RAR_PLACEHOLDER = "@CONNECTOR_RAR@";

    private PayaraMicroConnector() {
    }

    /**
     * The connector's RAR: the file {@link KitProperties#CONNECTOR_RAR} names, else the one of the kit's own release
     * in the local Maven repository ({@code maven.repo.local}, or {@code ~/.m2/repository}).
     *
     * @throws ExtensionConfigurationException naming where it looked, when there is no such file
     */
    public static Path connectorRar() {
        String named = System.getProperty(KitProperties.CONNECTOR_RAR);
        if (named != null && !named.isBlank()) {
            Path rar = Path.of(named.trim()).toAbsolutePath();
            if (!Files.isRegularFile(rar)) {
                throw new ExtensionConfigurationException("system property " + KitProperties.CONNECTOR_RAR
                        + " names " + rar + ", which is not a file");
            }
            return rar;
        }
        Path inRepository = inLocalRepository(localRepository(), release());
        if (!Files.isRegularFile(inRepository)) {
            throw new ExtensionConfigurationException("the CTI connector's RAR is not at " + inRepository
                    + ": add org.ctios:cti-connector-rar (type rar) to the test's dependencies, or set system property "
                    + KitProperties.CONNECTOR_RAR + " to its path");
        }
        return inRepository;
    }

    /**
     * The application's URL on loopback, with a trailing slash: Arquillian's Payara Micro adapter names the machine's
     * outward address in the deployment URL, but the post-boot commands keep the HTTP listener on 127.0.0.1.
     */
    public static URI onLoopback(URL deploymentUrl) {
        String path = deploymentUrl.getPath().endsWith("/") ? deploymentUrl.getPath() : deploymentUrl.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + path);
    }

    /** Where Maven keeps the connector of {@code version} in {@code repository}. */
    static Path inLocalRepository(Path repository, String version) {
        return repository.resolve("org/ctios/cti-connector-rar").resolve(version)
                .resolve("cti-connector-rar-" + version + ".rar");
    }

    /**
     * Writes the post-boot command file into {@code directory}: the HTTP listener on loopback only (a test server is
     * nobody else's), the connector deployed under {@link #MODULE_NAME}, then its connection factory for every
     * application ({@link #CONNECTION_FACTORY_JNDI_NAME}). Payara Micro runs them before it deploys the test's
     * archive, which may look the factory up as it deploys.
     */
    public static Path writePostBootCommands(Path rar, Path directory) {
        String commands = resource(COMMANDS).replace(RAR_PLACEHOLDER, rar.toAbsolutePath().toString())
                + resource(CONNECTION_FACTORY);
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("cti-postboot.txt"), commands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the post-boot command file cannot be written in " + directory, e);
        }
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static String release() {
        Properties kit = new Properties();
        try (InputStream in = PayaraMicroConnector.class.getResourceAsStream("test-kit.properties")) {
            kit.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the test kit's own version cannot be read", e);
        }
        return kit.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = PayaraMicroConnector.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the test kit lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
