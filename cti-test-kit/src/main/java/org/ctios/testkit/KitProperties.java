package org.ctios.testkit;

/**
 * The system properties the kit reads and sets, for the build and for {@code arquillian.xml} (Arquillian expands
 * {@code ${name}} from system properties when it reads its configuration).
 */
public final class KitProperties {

    /**
     * Read and set: the switch's side A port. A build that must know the ports before the tests start (to hand them
     * to a server it starts itself) sets them, e.g. from build-helper's {@code reserve-network-port}; otherwise the
     * kit takes free ports and sets these properties to them.
     */
    public static final String SIDE_A_PORT = "ctios.testkit.side-a.port";
    /** Read and set: the switch's side B port. */
    public static final String SIDE_B_PORT = "ctios.testkit.side-b.port";
    /** Read and set: the port of the simulator's admin API (HTTP on loopback). */
    public static final String ADMIN_PORT = "ctios.testkit.admin.port";
    /** Set: the admin API's base URL, {@code http://127.0.0.1:PORT}. */
    public static final String ADMIN_URL = "ctios.testkit.admin.url";
    /**
     * Set: the JVM options that point the CTI connector at the switch ({@code -Dctios.cti.side-a.port=…} and the
     * rest), for Payara Micro's {@code cmdOptions} in {@code arquillian.xml}.
     */
    public static final String CONNECTOR_OPTIONS = "ctios.testkit.connector-options";
    /** Read: the path of the connector's RAR; without it the kit looks in the local Maven repository. */
    public static final String CONNECTOR_RAR = "ctios.testkit.rar";
    /**
     * Set: the post-boot command file that deploys the connector in Payara Micro (and keeps its HTTP listener on
     * loopback), for {@code --postbootcommandfile} in {@code extraMicroOptions}.
     */
    public static final String POST_BOOT_FILE = "ctios.testkit.postboot-file";

    private KitProperties() {
    }
}
