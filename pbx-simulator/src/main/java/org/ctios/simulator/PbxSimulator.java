package org.ctios.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.DemoActivity;
import org.ctios.simulator.acd.SimAgent;
import org.ctios.simulator.server.CtiServer;

/**
 * The simulator as a Java API, for tests in the same JVM and for {@link SimulatorMain}: a CTI Server listening on
 * loopback in front of a simulated ACD.
 */
public final class PbxSimulator implements AutoCloseable {

    /** The default CTI Server side A port. */
    public static final int DEFAULT_SIDE_A_PORT = 42027;
    /** The default PeripheralID of the simulated agent peripheral. */
    public static final long DEFAULT_PERIPHERAL_ID = 5000;

    private final Acd acd;
    private final CtiServer server;
    private DemoActivity demo;

    private PbxSimulator(Acd acd, CtiServer server) {
        this.acd = acd;
        this.server = server;
    }

    /**
     * Starts a simulator with {@code agentCount} agents, ids 1001 on with extensions 2001 on, logged out.
     *
     * @param sideAPort the side A port, or 0 for any free port
     */
    public static PbxSimulator start(int sideAPort, int agentCount) throws IOException {
        Clock clock = Clock.systemUTC();
        List<SimAgent> agents = new ArrayList<>();
        for (int i = 1; i <= agentCount; i++) {
            String extension = String.valueOf(2000 + i);
            agents.add(new SimAgent(String.valueOf(1000 + i), extension, extension, List.of(1 + (i - 1) % 3),
                    AgentState.LOGOUT, 0, clock.instant()));
        }
        Acd acd = new Acd(clock, agents);
        CtiServer server = new CtiServer(clock, DEFAULT_PERIPHERAL_ID);
        server.attach(acd);
        server.startSideA(InetAddress.getLoopbackAddress(), sideAPort);
        return new PbxSimulator(acd, server);
    }

    /** Starts moving agents through their day, one change every {@code intervalMillis}. */
    public void startDemoActivity(long intervalMillis, long seed) {
        demo = new DemoActivity(acd, seed);
        demo.start(intervalMillis);
    }

    public Acd acd() {
        return acd;
    }

    public int sideAPort() {
        return server.sideAPort();
    }

    /** Number of connected CTI clients, open or not. */
    public int sessionCount() {
        return server.sessionCount();
    }

    /** Number of CTI clients whose session is open (OPEN_CONF sent). */
    public int openSessionCount() {
        return server.openSessionCount();
    }

    /** Puts an agent into a state; every open session receives the AGENT_STATE_EVENT. */
    public SimAgent changeAgentState(String agentId, AgentState state, int reasonCode) {
        return acd.changeAgentState(agentId, state, reasonCode);
    }

    @Override
    public void close() throws IOException {
        if (demo != null) {
            demo.close();
        }
        server.close();
    }
}
