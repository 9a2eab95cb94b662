package org.ctios.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;

/** A switch where only CTI requests move the agents: agents 1001 to 1003 and supervisor 1009, no traffic. */
final class DeskScenario {

    private DeskScenario() {
    }

    static Scenario load() {
        try (InputStream in = DeskScenario.class.getResourceAsStream("/scenarios/desk-only.json")) {
            Path file = Files.createTempFile("desk-only", ".json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try {
                return ScenarioLoader.load(file.toString());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PbxSimulator start() throws IOException {
        return PbxSimulator.start(PbxSimulator.Settings.forTests(load()));
    }
}
