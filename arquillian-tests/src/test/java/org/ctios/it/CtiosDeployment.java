package org.ctios.it;

import java.io.File;
import java.io.IOException;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test, as the build produced it; the RAR is deployed beside it by Payara Micro's post-boot file. */
final class CtiosDeployment {

    private CtiosDeployment() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("ctios.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "cti.war").importFrom(war).as(WebArchive.class);
        return EventStreamTestSupport.addTo(archive);
    }

    /**
     * The demo scenario without generated calls on the ports Payara Micro's CTI link was told to use for side A and
     * side B.
     */
    static PbxSimulator startSimulator() throws IOException {
        return PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0))
                .withPorts(Integer.getInteger("ctios.simulator.port"),
                        Integer.getInteger("ctios.simulator.side-b.port"), -1));
    }
}
