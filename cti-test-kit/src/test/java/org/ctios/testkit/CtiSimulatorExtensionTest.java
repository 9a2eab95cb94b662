package org.ctios.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.CallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit as an application's build uses it: test classes annotated {@link CtiSimulatorTest}, run by the JUnit
 * platform, each test asserting what it finds. The sample classes are nested, so the build does not run them itself.
 */
class CtiSimulatorExtensionTest {

    /** What the sample classes saw, by what they recorded it under: they run inside the launched run. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    private final Map<String, String> propertiesBefore = new ConcurrentHashMap<>();

    @BeforeEach
    void keepProperties() {
        for (String name : List.of(KitProperties.SIDE_A_PORT, KitProperties.SIDE_B_PORT, KitProperties.ADMIN_PORT,
                KitProperties.ADMIN_URL, KitProperties.CONNECTOR_OPTIONS, KitProperties.POST_BOOT_FILE,
                KitProperties.CONNECTOR_RAR)) {
            String value = System.getProperty(name);
            if (value != null) {
                propertiesBefore.put(name, value);
            }
            System.clearProperty(name);
        }
        SEEN.clear();
    }

    @AfterEach
    void restoreProperties() {
        for (String name : List.of(KitProperties.SIDE_A_PORT, KitProperties.SIDE_B_PORT, KitProperties.ADMIN_PORT,
                KitProperties.ADMIN_URL, KitProperties.CONNECTOR_OPTIONS, KitProperties.POST_BOOT_FILE,
                KitProperties.CONNECTOR_RAR)) {
            System.clearProperty(name);
        }
        propertiesBefore.forEach(System::setProperty);
    }

    @Test
    void aClassDrivesTheSwitchOnThePortsItPublishesAndTheSwitchStopsWithTheRun() throws Exception {
        TestExecutionSummary summary = run(DrivesTheSwitch.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        int sideA = (int) SEEN.get("sideA");
        assertThat(System.getProperty(KitProperties.SIDE_A_PORT)).isEqualTo(String.valueOf(sideA));
        assertThat(System.getProperty(KitProperties.CONNECTOR_OPTIONS))
                .contains("-Dctios.cti.side-a.port=" + sideA)
                .contains("-Dctios.cti.side-b.port=" + System.getProperty(KitProperties.SIDE_B_PORT));
        assertThat(listening(sideA)).as("side A once the run has ended").isFalse();
    }

    @Test
    void classesOfOneRunShareOneSwitchAndAnotherScenarioGetsAFreshOneOnTheSamePorts() {
        TestExecutionSummary summary = run(RecordsItsSwitch.class, AlsoRecordsItsSwitch.class,
                RecordsAnotherScenariosSwitch.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(SEEN.get(RecordsItsSwitch.class.getSimpleName()))
                .isSameAs(SEEN.get(AlsoRecordsItsSwitch.class.getSimpleName()));
        CtiTestSwitch other = (CtiTestSwitch) SEEN.get(RecordsAnotherScenariosSwitch.class.getSimpleName());
        assertThat(other).isNotSameAs(SEEN.get(RecordsItsSwitch.class.getSimpleName()));
        assertThat(other.sideAPort()).isEqualTo(((CtiTestSwitch) SEEN.get(RecordsItsSwitch.class.getSimpleName()))
                .sideAPort());
    }

    @Test
    void theBuildsPortsAreTaken() throws IOException {
        int free;
        try (var probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        System.setProperty(KitProperties.SIDE_A_PORT, String.valueOf(free));

        TestExecutionSummary summary = run(RecordsItsSwitch.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(((CtiTestSwitch) SEEN.get(RecordsItsSwitch.class.getSimpleName())).sideAPort()).isEqualTo(free);
    }

    @Test
    void aScenarioThatCannotBeReadOrABadPortFailsTheClassSayingWhy() {
        TestExecutionSummary unreadable = run(UnreadableScenario.class);
        System.setProperty(KitProperties.SIDE_B_PORT, "forty-two");
        TestExecutionSummary badPort = run(RecordsItsSwitch.class);

        assertThat(unreadable.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining("no-such-scenario.json").hasMessageContaining("cannot be read"));
        assertThat(badPort.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining(KitProperties.SIDE_B_PORT).hasMessageContaining("forty-two"));
    }

    @Test
    void deployingTheConnectorWithoutItsRarFailsTheClassNamingWhereItLooked() {
        System.setProperty(KitProperties.CONNECTOR_RAR, "target/no-such-connector.rar");

        TestExecutionSummary summary = run(DeploysTheConnector.class);

        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining(KitProperties.CONNECTOR_RAR).hasMessageContaining("no-such-connector.rar"));
    }

    @Test
    void aTestWithoutTheAnnotationIsToldWhatIsMissing() {
        TestExecutionSummary summary = run(ExtendedWithoutAnnotation.class);

        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining("without @CtiSimulatorTest"));
    }

    private static TestExecutionSummary run(Class<?>... classes) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        var request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        LauncherFactory.create().execute(request.build(), listener);
        return listener.getSummary();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @CtiSimulatorTest(deployConnector = false)
    static class DrivesTheSwitch {

        @Test
        void aCallInjectedRingsAtAReadyAgentAndASideThatFailsStopsListening(CtiTestSwitch cti) throws Exception {
            SEEN.put("sideA", cti.sideAPort());
            assertThat(listening(cti.sideAPort())).isTrue();
            assertThat(listening(cti.sideBPort())).isTrue();

            long callId = cti.injectCall(1, "5551234", "7001", "ORDER-42");
            CallView call = cti.calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
            assertThat(call.ani()).isEqualTo("5551234");

            long forAgent = cti.injectCallForAgent("1049", "5550000", "7002");
            assertThat(cti.calls().stream().filter(c -> c.callId() == forAgent).findFirst().orElseThrow().agentIds())
                    .containsExactly("1049");

            cti.changeAgentState("1050", AgentState.NOT_READY, 0);
            assertThat(cti.agent("1050").orElseThrow().state()).isEqualTo(AgentState.NOT_READY);

            cti.failSide(CtiTestSwitch.Side.B);
            assertThat(listening(cti.sideBPort())).isFalse();
            cti.restoreSide(CtiTestSwitch.Side.B);
            assertThat(listening(cti.sideBPort())).isTrue();

            HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(System.getProperty(KitProperties.ADMIN_URL) + "/stats"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(cti.openSessionCount()).isZero();
        }
    }

    @CtiSimulatorTest(deployConnector = false)
    static class RecordsItsSwitch {
        @Test
        void records(CtiTestSwitch cti) {
            SEEN.put(getClass().getSimpleName(), cti);
        }
    }

    @CtiSimulatorTest(deployConnector = false)
    static class AlsoRecordsItsSwitch {
        @Test
        void records(CtiTestSwitch cti) {
            SEEN.put(getClass().getSimpleName(), cti);
        }
    }

    @CtiSimulatorTest(deployConnector = false, callsPerSecond = 2)
    static class RecordsAnotherScenariosSwitch {
        @Test
        void records(CtiTestSwitch cti) {
            SEEN.put(getClass().getSimpleName(), cti);
        }
    }

    @CtiSimulatorTest(deployConnector = false, scenario = "no-such-scenario.json")
    static class UnreadableScenario {
        @Test
        void neverRuns(CtiTestSwitch cti) {
        }
    }

    @CtiSimulatorTest
    static class DeploysTheConnector {
        @Test
        void neverRuns() {
        }
    }

    @org.junit.jupiter.api.extension.ExtendWith(CtiSimulatorExtension.class)
    static class ExtendedWithoutAnnotation {
        @Test
        void neverRuns() {
        }
    }
}
