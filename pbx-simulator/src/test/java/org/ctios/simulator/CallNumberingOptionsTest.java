package org.ctios.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's call numbering: a first call id, and a file that carries the numbering over restarts, so that
 * a demo's history never holds two calls with one id.
 */
class CallNumberingOptionsTest {

    @TempDir
    Path directory;

    @Test
    void theFirstCallTakesTheIdGiven() throws Exception {
        try (PbxSimulator simulator = started("--first-call-id", "700001")) {
            assertThat(injectCall(simulator)).isEqualTo(700_001);
            assertThat(injectCall(simulator)).isEqualTo(700_002);
        }
    }

    @Test
    void aSimulatorStartedAgainWithTheFileNumbersAfterEveryCallOfTheLastRun() throws Exception {
        Path file = directory.resolve("call-ids");
        long lastOfFirstRun;
        try (PbxSimulator first = started("--call-id-file", file.toString())) {
            assertThat(injectCall(first)).isEqualTo(Acd.DEFAULT_FIRST_CALL_ID);
            lastOfFirstRun = injectCall(first);
        }
        try (PbxSimulator second = started("--call-id-file", file.toString())) {
            assertThat(injectCall(second)).isGreaterThan(lastOfFirstRun);
        }
    }

    @Test
    void theFileStaysAheadOfTheCallsSoThatAKilledRunLeavesNoIdToGiveAgain() throws Exception {
        Path file = directory.resolve("call-ids");
        try (PbxSimulator simulator = PbxSimulator.start(quietDemo())) {
            simulator.addListener(CallIdReservation.reserveFrom(file, Acd.DEFAULT_FIRST_CALL_ID));
            // the last id of the block the file reserved at start
            simulator.numberCallsFrom(Acd.DEFAULT_FIRST_CALL_ID + CallIdReservation.BLOCK - 1);
            long call = injectCall(simulator);
            // the listeners of a switch task have run once the next task answers (one thread runs both)
            simulator.firstCallId();

            // read without this process stopping: what a run killed now would leave
            assertThat(CallIdReservation.firstFreeId(file)).isGreaterThan(call);
        }
    }

    @Test
    void aFileThatHoldsNoIdIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(directory.resolve("call-ids"), "not a number");

        assertThatThrownBy(() -> CallIdReservation.firstFreeId(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
        assertThat(run("--call-id-file", file.toString())).contains(file.toString());
    }

    @Test
    void aFirstIdBelowTheSwitchsOwnIsRefused() {
        assertThat(run("--first-call-id", "5")).contains("--first-call-id must be at least 100001");
    }

    private PbxSimulator started(String... options) throws Exception {
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs(options);
        return main.start(quietDemo());
    }

    private static PbxSimulator.Settings quietDemo() {
        return PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0));
    }

    private static long injectCall(PbxSimulator simulator) {
        return simulator.injectCall(1, "0612345678", "8005550101", null, null);
    }

    /** Runs the command line, which must refuse to start: its error output. */
    private static String run(String... options) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            String[] arguments = new String[options.length + 6];
            System.arraycopy(new String[] {"--side-a", "0", "--side-b", "0", "--admin", "-1"}, 0, arguments, 0, 6);
            System.arraycopy(options, 0, arguments, 6, options.length);
            assertThat(new CommandLine(new SimulatorMain()).execute(arguments)).isEqualTo(2);
        } finally {
            System.setErr(standardError);
        }
        return errors.toString(StandardCharsets.UTF_8);
    }
}
