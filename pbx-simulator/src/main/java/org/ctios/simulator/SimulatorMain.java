package org.ctios.simulator;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the simulator: starts it and runs until the process is stopped. */
@Command(name = "pbx-simulator", mixinStandardHelpOptions = true,
        description = "A PBX/ACD with a CTI Server (GED-188, protocol version 24) in front of it.")
public final class SimulatorMain implements Callable<Integer> {

    @Option(names = "--side-a", description = "CTI Server side A port (default: ${DEFAULT-VALUE}).")
    int sideAPort = PbxSimulator.DEFAULT_SIDE_A_PORT;

    @Option(names = "--agents", description = "Number of agents, ids 1001 on (default: ${DEFAULT-VALUE}).")
    int agents = 10;

    @Option(names = "--activity-ms", description = "Milliseconds between two demo agent state changes, 0 for none "
            + "(default: ${DEFAULT-VALUE}).")
    long activityMillis = 1000;

    @Option(names = "--seed", description = "Seed of the demo activity (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (PbxSimulator simulator = PbxSimulator.start(sideAPort, agents)) {
            if (activityMillis > 0) {
                simulator.startDemoActivity(activityMillis, seed);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-shutdown"));
            System.out.println("pbx-simulator: CTI Server side A on 127.0.0.1:" + simulator.sideAPort()
                    + " with " + agents + " agents");
            stopped.await();
        }
        return 0;
    }
}
