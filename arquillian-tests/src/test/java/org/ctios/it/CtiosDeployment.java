package org.ctios.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test, as the build produced it; the RAR is deployed beside it by Payara Micro's post-boot file. */
final class CtiosDeployment {

    private CtiosDeployment() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("ctios.war"));
        return ShrinkWrap.create(ZipImporter.class, "cti.war").importFrom(war).as(WebArchive.class);
    }

    /** The port Payara Micro's CTI link was told to connect to, where the test starts the simulator. */
    static int simulatorPort() {
        return Integer.getInteger("ctios.simulator.port");
    }
}
