package org.ctios.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the switch of {@link CtiSimulatorTest} once per test run and hands it to the tests. One switch for the run,
 * as one application server is: a class asking for another scenario gets a new switch on the same ports, which
 * the application's connector reconnects to as after a CTI Server restart. The switch stops when the run ends.
 */
public final class CtiSimulatorExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CtiSimulatorExtension.class);
    private static final String RUNNING = "running switch";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        CtiSimulatorTest wanted = settings(context);
        ExtensionContext.Store run = context.getRoot().getStore(NAMESPACE);
        RunningSwitch running = run.get(RUNNING, RunningSwitch.class);
        if (running != null && !running.testSwitch().startedWith(wanted.scenario(), wanted.callsPerSecond())) {
            run.remove(RUNNING);
            running.close();
            running = null;
        }
        if (running == null) {
            running = start(wanted);
            run.put(RUNNING, running);
        }
        if (wanted.deployConnector() && System.getProperty(KitProperties.POST_BOOT_FILE) == null) {
            Path commands = PayaraMicroConnector.writePostBootCommands(PayaraMicroConnector.connectorRar(),
                    Files.createTempDirectory("cti-test-kit"));
            System.setProperty(KitProperties.POST_BOOT_FILE, commands.toString());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CtiTestSwitch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningSwitch running = context.getRoot().getStore(NAMESPACE).get(RUNNING, RunningSwitch.class);
        if (running == null) {
            throw new ExtensionConfigurationException("no switch is running: annotate the test class with "
                    + "@CtiSimulatorTest (a CtiTestSwitch is handed to the class's tests once it has started)");
        }
        return running.testSwitch();
    }

    private static CtiSimulatorTest settings(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(type, CtiSimulatorTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ExtensionConfigurationException(context.getRequiredTestClass().getName()
                + " uses CtiSimulatorExtension without @CtiSimulatorTest, which says which switch to start");
    }

    /** Starts the switch on the ports the build chose, or on free ones, and publishes them as system properties. */
    private static RunningSwitch start(CtiSimulatorTest wanted) throws IOException {
        if (wanted.callsPerSecond() < 0 || Double.isNaN(wanted.callsPerSecond())) {
            throw new ExtensionConfigurationException("@CtiSimulatorTest(callsPerSecond) must be 0 or more, was "
                    + wanted.callsPerSecond());
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(wanted.scenario()).withCallsPerSecond(wanted.callsPerSecond());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@CtiSimulatorTest(scenario = \"" + wanted.scenario()
                    + "\") cannot be read: " + e.getMessage(), e);
        }
        PbxSimulator simulator = PbxSimulator.start(new PbxSimulator.Settings(scenario,
                port(KitProperties.SIDE_A_PORT), port(KitProperties.SIDE_B_PORT), port(KitProperties.ADMIN_PORT), 1,
                InetAddress.getLoopbackAddress(), null, null));
        CtiTestSwitch testSwitch = new CtiTestSwitch(simulator, wanted.scenario(), wanted.callsPerSecond());
        System.setProperty(KitProperties.SIDE_A_PORT, String.valueOf(testSwitch.sideAPort()));
        System.setProperty(KitProperties.SIDE_B_PORT, String.valueOf(testSwitch.sideBPort()));
        System.setProperty(KitProperties.ADMIN_PORT, String.valueOf(simulator.adminPort()));
        System.setProperty(KitProperties.ADMIN_URL, testSwitch.adminUri().toString());
        System.setProperty(KitProperties.CONNECTOR_OPTIONS, testSwitch.connectorOptions());
        return new RunningSwitch(testSwitch);
    }

    /** The port a property names, or 0 for any free one; a value that is not a port fails the class. */
    private static int port(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException("out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("system property " + property
                    + " must be a port from 0 to 65535, was '" + value + "'", e);
        }
    }

    /** Closed by JUnit when the run's store closes, so the switch's ports are freed with the run. */
    private record RunningSwitch(CtiTestSwitch testSwitch) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            testSwitch.simulator().close();
        }
    }
}
