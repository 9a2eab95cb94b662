package org.ctios.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.server.ServerTls;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the simulator: starts it and runs until the process is stopped. */
@Command(name = "pbx-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A PBX/ACD with a duplex CTI Server (GED-188, protocol version 24) in front of it.")
public final class SimulatorMain implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE|demo",
            description = "Scenario: a JSON file, or the built-in demo (default: ${DEFAULT-VALUE}).")
    String scenario = "demo";

    @Option(names = "--side-a", paramLabel = "PORT",
            description = "CTI Server side A port (default: ${DEFAULT-VALUE}).")
    int sideAPort = PbxSimulator.DEFAULT_SIDE_A_PORT;

    @Option(names = "--side-b", paramLabel = "PORT",
            description = "CTI Server side B port (default: ${DEFAULT-VALUE}).")
    int sideBPort = PbxSimulator.DEFAULT_SIDE_B_PORT;

    @Option(names = "--admin", paramLabel = "PORT",
            description = "Admin HTTP port, -1 for none (default: ${DEFAULT-VALUE}).")
    int adminPort = PbxSimulator.DEFAULT_ADMIN_PORT;

    @Option(names = "--calls-per-second", paramLabel = "R",
            description = "Arrival rate of generated calls; the scenario's when not given.")
    Double callsPerSecond;

    @Option(names = "--load-agents", paramLabel = "N",
            description = "Instead of a scenario, N simulated agents in three skill groups taking 60-second calls "
                    + "(for load).")
    Integer loadAgents;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the traffic (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--first-call-id", paramLabel = "ID",
            description = "Id of the first call, at least the switch's own first one (default: ${DEFAULT-VALUE}).")
    long firstCallId = Acd.DEFAULT_FIRST_CALL_ID;

    @Option(names = "--call-id-file", paramLabel = "FILE",
            description = "Continues the call numbering of earlier runs given the same file: starts after every id "
                    + "they gave (or at --first-call-id when that is higher) and keeps the file ahead of the calls.")
    Path callIdFile;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String bind = "127.0.0.1";

    @Option(names = "--client-password", paramLabel = "SECRET",
            description = "ClientPassword every OPEN_REQ must carry; any is accepted when not given.")
    String clientPassword;

    @Option(names = "--tls-key-store", paramLabel = "FILE",
            description = "Key store (PKCS12 or JKS) with the CTI Server's certificate: each side then serves TLS "
                    + "too, on its TLS port.")
    Path tlsKeyStore;

    @Option(names = "--tls-key-store-password", paramLabel = "SECRET",
            description = "Password of the key store and its key (default: empty).")
    String tlsKeyStorePassword = "";

    @Option(names = "--tls-side-a", paramLabel = "PORT",
            description = "Side A's TLS port (default: ${DEFAULT-VALUE}).")
    int tlsSideAPort = PbxSimulator.DEFAULT_TLS_SIDE_A_PORT;

    @Option(names = "--tls-side-b", paramLabel = "PORT",
            description = "Side B's TLS port (default: ${DEFAULT-VALUE}).")
    int tlsSideBPort = PbxSimulator.DEFAULT_TLS_SIDE_B_PORT;

    @Option(names = "--tls-client-trust-store", paramLabel = "FILE",
            description = "Trust store of the clients' certificates or CAs: every TLS client must then present a "
                    + "certificate it trusts.")
    Path tlsClientTrustStore;

    @Option(names = "--tls-client-trust-store-password", paramLabel = "SECRET",
            description = "Password of the client trust store (default: empty).")
    String tlsClientTrustStorePassword = "";

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Scenario loaded = loadAgents != null
                ? ScenarioLoader.load(loadAgents, callsPerSecond == null ? 20 : callsPerSecond, 2, 60, 5)
                : ScenarioLoader.load(scenario);
        if (callsPerSecond != null && loadAgents == null) {
            loaded = loaded.withCallsPerSecond(callsPerSecond);
        }
        PbxSimulator.Settings settings = new PbxSimulator.Settings(loaded, sideAPort, sideBPort, adminPort, seed,
                InetAddress.getByName(bind), clientPassword, tls());
        CountDownLatch stopped = new CountDownLatch(1);
        PbxSimulator started;
        try {
            started = start(settings);
        } catch (IllegalArgumentException e) {
            System.err.println("pbx-simulator: " + e.getMessage());
            return 2;
        }
        try (PbxSimulator simulator = started) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-shutdown"));
            System.out.printf("pbx-simulator: scenario '%s' (%d agents, %.2f calls/s), CTI Server side A on %s:%d,"
                            + " side B on %s:%d, admin on %s%n", loaded.name(), loaded.agents().size(),
                    loaded.traffic().callsPerSecond(), bind, simulator.sideAPort(), bind, simulator.sideBPort(),
                    simulator.adminPort() < 0 ? "nothing" : "http://" + bind + ":" + simulator.adminPort());
            if (settings.tls() != null) {
                System.out.printf("pbx-simulator: TLS on side A %s:%d, side B %s:%d%s%n", bind,
                        simulator.tlsSideAPort(), bind, simulator.tlsSideBPort(),
                        settings.tls().requiresClientCertificates() ? ", client certificates required" : "");
            }
            if (firstCallId != Acd.DEFAULT_FIRST_CALL_ID || callIdFile != null) {
                System.out.printf("pbx-simulator: calls numbered from %d%s%n", simulator.firstCallId(),
                        callIdFile == null ? "" : " (" + callIdFile + " keeps the numbering across restarts)");
            }
            stopped.await();
        }
        return 0;
    }

    /** Starts the switch with its calls numbered as the options say, before the first call can begin. */
    PbxSimulator start(PbxSimulator.Settings settings) throws IOException {
        if (firstCallId < Acd.DEFAULT_FIRST_CALL_ID) {
            throw new IllegalArgumentException("--first-call-id must be at least " + Acd.DEFAULT_FIRST_CALL_ID
                    + ", was " + firstCallId);
        }
        long first = firstCallId;
        if (callIdFile != null) {
            first = Math.max(first, CallIdReservation.firstFreeId(callIdFile));
        }
        PbxSimulator simulator = PbxSimulator.startBeforeShift(settings);
        try {
            simulator.numberCallsFrom(first);
            if (callIdFile != null) {
                simulator.addListener(CallIdReservation.reserveFrom(callIdFile, first));
            }
            simulator.beginShift();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    /** The TLS ports, when a key store is given. */
    private ServerTls tls() {
        if (tlsKeyStore == null) {
            return null;
        }
        ServerTls tls = ServerTls.of(tlsSideAPort, tlsSideBPort, tlsKeyStore, tlsKeyStorePassword);
        return tlsClientTrustStore == null ? tls
                : tls.requiringClientCertificates(tlsClientTrustStore, tlsClientTrustStorePassword);
    }
}
