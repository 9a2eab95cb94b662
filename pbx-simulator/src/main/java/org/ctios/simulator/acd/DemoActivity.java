package org.ctios.simulator.acd;

import java.io.Closeable;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.types.AgentState;

/**
 * Keeps the demo lively: at a fixed interval one agent, picked at random from a seeded generator, moves on in the
 * cycle an agent goes through in a working day (ready, reserved, talking, wrap-up, ready, now and then not ready).
 */
public final class DemoActivity implements Closeable {

    private static final Logger LOG = Logger.getLogger(DemoActivity.class.getName());
    /** A not-ready reason code the demo uses (a break). */
    private static final int BREAK_REASON = 12;

    private final Acd acd;
    private final Random random;
    private final ScheduledExecutorService timer;

    public DemoActivity(Acd acd, long seed) {
        this.acd = acd;
        this.random = new Random(seed);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-activity");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start(long intervalMillis) {
        timer.scheduleAtFixedRate(this::step, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void step() {
        try {
            List<SimAgent> agents = acd.agents();
            if (agents.isEmpty()) {
                return;
            }
            SimAgent agent = agents.get(random.nextInt(agents.size()));
            AgentState next = next(agent.state());
            acd.changeAgentState(agent.agentId(), next, next == AgentState.NOT_READY ? BREAK_REASON : 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo step failed", e);
        }
    }

    private AgentState next(AgentState current) {
        return switch (current) {
            case LOGOUT, LOGIN -> AgentState.NOT_READY;
            case NOT_READY, WORK_READY -> AgentState.AVAILABLE;
            case AVAILABLE -> random.nextInt(5) == 0 ? AgentState.NOT_READY : AgentState.RESERVED;
            case RESERVED -> AgentState.TALKING;
            case TALKING -> AgentState.WORK_READY;
            default -> AgentState.AVAILABLE;
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
