package org.ctios.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;

/**
 * The simulated CTI Server pair a test runs against: what a test does to the switch (a customer calls, a side
 * fails, an agent changes state at its phone) and what the switch holds as true, to compare with what the
 * application under test shows. Every operation acts on the switch at once, as a real switch would; its events reach
 * the application's connector over the CTI link like any other.
 */
public final class CtiTestSwitch {

    /** One side of the duplex CTI Server pair. */
    public enum Side { A, B }

    private static final Duration POLL = Duration.ofMillis(50);

    private final PbxSimulator simulator;
    private final String scenario;
    private final double callsPerSecond;

    CtiTestSwitch(PbxSimulator simulator, String scenario, double callsPerSecond) {
        this.simulator = simulator;
        this.scenario = scenario;
        this.callsPerSecond = callsPerSecond;
    }

    boolean startedWith(String otherScenario, double otherCallsPerSecond) {
        return scenario.equals(otherScenario) && callsPerSecond == otherCallsPerSecond;
    }

    public int sideAPort() {
        return simulator.sideAPort();
    }

    public int sideBPort() {
        return simulator.sideBPort();
    }

    /** The simulator's admin API (HTTP, loopback): what a test in another process or a script drives it through. */
    public URI adminUri() {
        return URI.create("http://127.0.0.1:" + simulator.adminPort());
    }

    /** The JVM options that point the CTI connector at this switch (see {@link KitProperties#CONNECTOR_OPTIONS}). */
    public String connectorOptions() {
        return "-Dctios.cti.side-a.host=127.0.0.1 -Dctios.cti.side-a.port=" + sideAPort()
                + " -Dctios.cti.side-b.host=127.0.0.1 -Dctios.cti.side-b.port=" + sideBPort();
    }

    /**
     * A customer calls a skill group's number: the switch queues the call and offers it to a ready agent of the
     * group. Answers the call's ConnectionCallID, the id the application sees.
     *
     * @param callVariables CallVariable1 onwards, at most ten, each at most 40 characters
     * @throws IllegalArgumentException for an unknown skill group or bad call variables
     */
    public long injectCall(int skillGroup, String ani, String dnis, String... callVariables) {
        return simulator.injectCall(skillGroup, ani, dnis, CallVariables.of(callVariables), List.of());
    }

    /**
     * A customer call for one agent (through its first skill group): it rings at the agent when the agent is
     * available, else waits for that agent alone. What a test of a screen pop wants: the call reaches the desktop
     * under test, never another agent. Answers the call's ConnectionCallID.
     *
     * @throws IllegalStateException for an unknown or logged-out agent (the switch's reason in the message)
     */
    public long injectCallForAgent(String agentId, String ani, String dnis, String... callVariables) {
        return simulator.injectCallForAgent(agentId, null, ani, dnis, CallVariables.of(callVariables), List.of());
    }

    /** The side's sessions drop and its port closes, as when a CTI Server node fails. */
    public void failSide(Side side) {
        try {
            simulator.failSide(side.name());
        } catch (IOException e) {
            throw new UncheckedIOException("side " + side + " could not be failed", e);
        }
    }

    /** The failed side listens again on its port. */
    public void restoreSide(Side side) {
        try {
            simulator.restoreSide(side.name());
        } catch (IOException e) {
            throw new UncheckedIOException("side " + side + " could not listen again on its port", e);
        }
    }

    /**
     * The agent changes state at its phone (logging in first when it was logged out), as if its own desktop had
     * asked; the application sees the switch's AGENT_STATE_EVENT.
     *
     * @param reasonCode the not-ready or logout reason, 0 for none
     * @throws IllegalArgumentException for an unknown agent
     * @throws IllegalStateException when the switch refuses the change (its reason in the message)
     */
    public AgentView changeAgentState(String agentId, AgentState state, int reasonCode) {
        return simulator.changeAgentState(agentId, state, reasonCode);
    }

    /** Every agent as the switch knows it: the truth to compare the application's view with. */
    public List<AgentView> agents() {
        return simulator.agents();
    }

    public Optional<AgentView> agent(String agentId) {
        return agents().stream().filter(agent -> agent.agentId().equals(agentId)).findFirst();
    }

    /** Every call in progress at the switch. */
    public List<CallView> calls() {
        return simulator.calls();
    }

    /** CTI client sessions open on both sides now: one for an application whose connector holds its link. */
    public int openSessionCount() {
        return simulator.openSessionCount();
    }

    /**
     * Waits until the switch has {@code sessions} CTI sessions open, e.g. until the application under test has
     * connected after a side failed.
     *
     * @throws TimeoutException when it has not within {@code limit}
     */
    public void awaitOpenSessions(int sessions, Duration limit) throws TimeoutException, InterruptedException {
        awaitTrue(() -> openSessionCount() == sessions, limit,
                () -> "the switch has " + openSessionCount() + " CTI sessions open, not " + sessions);
    }

    /** Everything else the simulator offers (traffic profiles, held events, faults), for tests that need more. */
    public PbxSimulator simulator() {
        return simulator;
    }

    private static void awaitTrue(BooleanSupplier condition, Duration limit, Supplier<String> whyNot)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new TimeoutException(whyNot.get() + " after " + limit);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
