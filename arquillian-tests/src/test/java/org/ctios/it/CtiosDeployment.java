package org.ctios.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test, as the build produced it; the RAR is deployed beside it by Payara Micro's post-boot file. */
final class CtiosDeployment {

    private CtiosDeployment() {
    }

    private static final ArchivePath CONFIG =
            ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");

    /** Adds settings to the WAR's MicroProfile Config file, after whatever it already holds. */
    static WebArchive addConfig(WebArchive war, String lines) {
        String config = "";
        Node existing = war.get(CONFIG);
        if (existing != null && existing.getAsset() != null) {
            try (InputStream in = existing.getAsset().openStream()) {
                config = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            war.delete(CONFIG);
        }
        war.add(new StringAsset(config + lines), CONFIG);
        return war;
    }

    /** The WAR with the demo accounts on: the tests sign in as them, and they are off unless asked for. */
    static WebArchive builtWar() {
        return addConfig(builtWarWithItsDefaults(), "ctios.security.demo-users=true\n");
    }

    /** The WAR with the product's security defaults (no demo accounts), and the tests' event settings. */
    static WebArchive builtWarWithItsDefaults() {
        File war = new File(System.getProperty("ctios.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "cti.war").importFrom(war).as(WebArchive.class);
        return EventStreamTestSupport.addTo(archive);
    }

    /** How many call ids each simulator of a run may use; each starts at the next multiple, plus one. */
    private static final long CALL_IDS_PER_SIMULATOR = 1_000_000;
    private static final AtomicLong SIMULATORS_STARTED = new AtomicLong();

    /**
     * The demo scenario without generated calls on the ports Payara Micro's CTI link was told to use for side A and
     * side B. Each simulator numbers its calls from a block of its own, as a CTI Server back from a restart does, so
     * that the call history of a server shared by several test classes never holds two calls with one id.
     */
    static PbxSimulator startSimulator() throws IOException {
        PbxSimulator simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(
                ScenarioLoader.demo().withCallsPerSecond(0)).withPorts(Integer.getInteger("ctios.simulator.port"),
                Integer.getInteger("ctios.simulator.side-b.port"), -1));
        simulator.numberCallsFrom(SIMULATORS_STARTED.incrementAndGet() * CALL_IDS_PER_SIMULATOR + 1);
        return simulator;
    }
}
