package org.ctios.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.AcdEngine;
import org.ctios.simulator.acd.AcdFailure;
import org.ctios.simulator.acd.AcdEventListener;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.Outcome;
import org.ctios.simulator.acd.TeamView;
import org.ctios.simulator.admin.AdminServer;
import org.ctios.simulator.admin.AdministeredSimulator;
import org.ctios.simulator.admin.LimitReached;
import org.ctios.simulator.admin.SimulatorStats;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.scenario.TrafficProfile;
import org.ctios.simulator.server.CtiServer;
import org.ctios.simulator.server.ServerFaults;
import org.ctios.simulator.server.ServerTls;

/**
 * The simulator as a Java API, for tests in the same JVM and for {@link SimulatorMain}: a duplex CTI Server (sides A
 * and B) in front of a simulated ACD, with the admin operations of the HTTP interface as methods.
 */
public final class PbxSimulator implements AdministeredSimulator, AutoCloseable {

    /** Default ports of a real CTI Server pair, and of the admin interface. */
    public static final int DEFAULT_SIDE_A_PORT = 42027;
    public static final int DEFAULT_SIDE_B_PORT = 43027;
    public static final int DEFAULT_ADMIN_PORT = 42080;
    /** Default TLS ports, beside the plain ones, when the simulator is given a key store. */
    public static final int DEFAULT_TLS_SIDE_A_PORT = 42028;
    public static final int DEFAULT_TLS_SIDE_B_PORT = 43028;
    /** When to try again after a full agent queue: about a demo call's ring time, after which the queue may move. */
    private static final int RETRY_AFTER_FULL_AGENT_QUEUE_SECONDS = 10;

    private final Scenario scenario;
    private final AcdEngine engine;
    private final CtiServer server;
    private final AtomicBoolean shiftBegun = new AtomicBoolean();
    private AdminServer admin;

    private PbxSimulator(Scenario scenario, AcdEngine engine, CtiServer server) {
        this.scenario = scenario;
        this.engine = engine;
        this.server = server;
    }

    /**
     * What to start; ports 0 take any free port, a negative admin port starts no admin interface.
     *
     * @param tls the TLS ports of both sides beside the plain ones, or {@code null} for none
     */
    public record Settings(Scenario scenario, int sideAPort, int sideBPort, int adminPort, long seed,
                           InetAddress bindAddress, String clientPassword, ServerTls tls) {

        /** Both sides and no admin interface on free loopback ports. */
        public static Settings forTests(Scenario scenario) {
            return new Settings(scenario, 0, 0, -1, 1, InetAddress.getLoopbackAddress(), null, null);
        }

        public Settings withPorts(int sideA, int sideB, int admin) {
            return new Settings(scenario, sideA, sideB, admin, seed, bindAddress, clientPassword, tls);
        }

        public Settings withSeed(long newSeed) {
            return new Settings(scenario, sideAPort, sideBPort, adminPort, newSeed, bindAddress, clientPassword, tls);
        }

        /** Each side serves TLS too, on the ports and with the certificate {@code secure} gives. */
        public Settings withTls(ServerTls secure) {
            return new Settings(scenario, sideAPort, sideBPort, adminPort, seed, bindAddress, clientPassword, secure);
        }
    }

    /**
     * The demo scenario without generated calls, side A on {@code sideAPort} (0 for any free port), side B on any
     * free port, no admin interface: what tests in other modules start.
     */
    public static PbxSimulator startQuietDemo(int sideAPort) throws IOException {
        return start(Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0)).withPorts(sideAPort, 0, -1));
    }

    /** Starts the switch (simulated agents log in, calls arrive at the scenario's rate) and both sides. */
    public static PbxSimulator start(Settings settings) throws IOException {
        PbxSimulator simulator = startBeforeShift(settings);
        simulator.beginShift();
        return simulator;
    }

    /**
     * Starts both sides with the switch idle, every agent logged out and no calls arriving, until
     * {@link #beginShift()}: for a client that must open its session first to see the shift's logins.
     */
    public static PbxSimulator startBeforeShift(Settings settings) throws IOException {
        Clock clock = Clock.systemUTC();
        AcdEngine engine = new AcdEngine(settings.scenario(), clock, settings.seed());
        CtiServer server = new CtiServer(engine, settings.scenario(), clock, settings.bindAddress(),
                settings.clientPassword());
        PbxSimulator simulator = new PbxSimulator(settings.scenario(), engine, server);
        try {
            server.startSide("A", settings.sideAPort());
            server.startSide("B", settings.sideBPort());
            if (settings.tls() != null) {
                server.startSecureSide("A", settings.tls().sideAPort(), settings.tls());
                server.startSecureSide("B", settings.tls().sideBPort(), settings.tls());
            }
            if (settings.adminPort() >= 0) {
                simulator.admin = AdminServer.start(simulator, settings.bindAddress(), settings.adminPort());
            }
        } catch (IOException | RuntimeException e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    /** Simulated agents log in and become available, and calls start arriving at the scenario's rate. */
    public void beginShift() {
        if (!shiftBegun.compareAndSet(false, true)) {
            throw new IllegalStateException("the shift has already begun");
        }
        engine.start();
    }

    public Scenario scenario() {
        return scenario;
    }

    public int sideAPort() {
        return server.port("A");
    }

    public int sideBPort() {
        return server.port("B");
    }

    /** Side A's TLS port, or -1 when the simulator serves no TLS. */
    public int tlsSideAPort() {
        return server.securePort("A");
    }

    /** Side B's TLS port, or -1 when the simulator serves no TLS. */
    public int tlsSideBPort() {
        return server.securePort("B");
    }

    /** The admin interface's port, or -1 when it was not started. */
    public int adminPort() {
        return admin == null ? -1 : admin.port();
    }

    /** The CTI Server in front of the switch. */
    public CtiServer ctiServer() {
        return server;
    }

    /** Number of open CTI sessions on both sides. */
    public int openSessionCount() {
        return server.openSessionCount();
    }

    // ---------------------------------------------------------------- the admin operations

    /** A customer call arrives for a skill group; answers its ConnectionCallID. */
    @Override
    public long injectCall(int skillGroup, String ani, String dnis, CallVariables variables,
                           List<NamedVariable> ecc) {
        return succeeded(engine.call(acd -> acd.injectCall(skillGroup, ani, dnis, variables, ecc)));
    }

    /** A customer call for one agent (see {@link AdministeredSimulator#injectCallForAgent}). */
    @Override
    public long injectCallForAgent(String agentId, Integer skillGroup, String ani, String dnis,
                                   CallVariables variables, List<NamedVariable> ecc) {
        Outcome<Long> injected = engine.call(acd -> acd.injectCallForAgent(agentId, skillGroup, ani, dnis, variables,
                ecc));
        if (injected instanceof Outcome.Failure<Long> full && full.failure() == AcdFailure.QUEUE_FULL) {
            throw new LimitReached(full.detail(), RETRY_AFTER_FULL_AGENT_QUEUE_SECONDS);
        }
        return succeeded(injected);
    }

    @Override
    public void callsPerSecond(double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("callsPerSecond must be 0 or more, was " + rate);
        }
        engine.callsPerSecond(rate);
    }

    /** Changes the traffic from now on (see {@link AcdEngine#traffic}). */
    public void traffic(TrafficProfile traffic) {
        engine.traffic(Objects.requireNonNull(traffic, "traffic"));
    }

    /** Hears every switch event, on the switch's thread, after the CTI sessions have been handed them. */
    public void addListener(AcdEventListener listener) {
        engine.addListener(listener);
    }

    public void removeListener(AcdEventListener listener) {
        engine.removeListener(listener);
    }

    @Override
    public void failSide(String side) throws IOException {
        server.faults().failSide(side);
    }

    @Override
    public void restoreSide(String side) throws IOException {
        server.faults().restoreSide(side);
    }

    /** Events are held back, requests still confirmed, until {@link #releaseEvents} (see {@link ServerFaults}). */
    public void holdEvents() {
        server.faults().holdEvents();
    }

    /** Sends the events held back, in order; returns how many there were. */
    public int releaseEvents() {
        return server.faults().releaseEvents();
    }

    /** Numbers the calls from {@code firstCallId} on, as a CTI Server back from a restart (see {@link Acd#numberCallsFrom}). */
    public void numberCallsFrom(long firstCallId) {
        String refused = engine.call(acd -> {
            try {
                acd.numberCallsFrom(firstCallId);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
    }

    /** The id this switch began numbering its calls at (see {@link Acd#firstCallId}). */
    public long firstCallId() {
        return engine.call(Acd::firstCallId);
    }

    /** Sends malformed frames to every open session (see {@link ServerFaults#sendMalformedFrames}). */
    public int sendMalformedFrames(int count) {
        return server.faults().sendMalformedFrames(count);
    }

    /** While true, control requests go unanswered and never reach the switch; heartbeats are still answered. */
    public void ignoreControlRequests(boolean ignore) {
        server.faults().ignoreControlRequests(ignore);
    }

    @Override
    public void peripheralOnline(boolean online) {
        engine.call(acd -> {
            acd.peripheralOnline(online);
            return null;
        });
    }

    @Override
    public SimulatorStats stats() {
        Map<String, Boolean> sidesUp = new TreeMap<>();
        for (String side : List.of("A", "B")) {
            sidesUp.put(side, server.isSideUp(side));
        }
        Map<String, Long> eventsSent = new TreeMap<>();
        server.eventsSent().forEach((type, count) -> eventsSent.put(type.name(), count));
        return engine.call(acd -> new SimulatorStats(server.openSessionsPerSide(), sidesUp, eventsSent,
                acd.calls().size(), acd.callsEnded(), acd.isPeripheralOnline(), acd.traffic().callsPerSecond(),
                acd.agents().stream().map(a -> new SimulatorStats.AgentTruth(a.agentId(), a.extension(),
                        a.state().name(), a.reasonCode(), a.calls())).toList(), acd.skillGroups()));
    }

    // ---------------------------------------------------------------- for tests in the same JVM

    /** Runs a function on the switch's thread and returns its result: a way to drive or read the switch. */
    public <T> T onSwitch(Function<Acd, T> function) {
        return engine.call(function);
    }

    public List<AgentView> agents() {
        return engine.call(Acd::agents);
    }

    public List<CallView> calls() {
        return engine.call(Acd::calls);
    }

    @Override
    public void moveAgentToTeam(String agentId, int teamId) {
        Outcome<TeamView> moved = engine.call(acd -> acd.moveAgentToTeam(agentId, teamId));
        if (moved instanceof Outcome.Failure<TeamView> refused && refused.failure() != AcdFailure.INVALID_STATE) {
            throw new IllegalArgumentException(refused.detail());
        }
        succeeded(moved);
    }

    /** Logs an agent in (if needed) and moves it to a state, as if its desktop had asked. */
    public AgentView changeAgentState(String agentId, AgentState state, int reasonCode) {
        return succeeded(engine.call(acd -> {
            AgentView agent = acd.findAgent(agentId, null, null)
                    .orElseThrow(() -> new IllegalArgumentException("no agent " + agentId));
            if (agent.state() == AgentState.LOGOUT && state != AgentState.LOGOUT) {
                String password = scenario.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst()
                        .orElseThrow().password();
                Outcome<AgentView> login = acd.login(agentId, password, null);
                if (login instanceof Outcome.Failure<AgentView> failure || state == AgentState.NOT_READY
                        && reasonCode == 0) {
                    return login;
                }
            }
            return state == AgentState.LOGOUT ? acd.logout(agentId, reasonCode)
                    : acd.setAgentState(agentId, state, reasonCode);
        }));
    }

    private static <T> T succeeded(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Failure<T> failure) {
            throw new IllegalStateException(failure.failure() + ": " + failure.detail());
        }
        return ((Outcome.Success<T>) outcome).value();
    }

    @Override
    public void close() throws IOException {
        if (admin != null) {
            admin.close();
        }
        server.close();
        engine.close();
    }
}
