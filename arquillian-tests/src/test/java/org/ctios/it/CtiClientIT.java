package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ctios.client.Agent;
import org.ctios.client.Call;
import org.ctios.client.CallEnd;
import org.ctios.client.ConnectionStatus;
import org.ctios.client.CtiConflictException;
import org.ctios.client.CtiListener;
import org.ctios.client.CtiSession;
import org.ctios.client.CtiTimeoutException;
import org.ctios.client.LinkStatus;
import org.ctios.client.Outcome;
import org.ctios.client.ScreenPop;
import org.ctios.client.Snapshot;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Java client library (cti-client) against the real system, and the screen-pop example run as a process: agent
 * mode (a call for the agent reaches the listener with its call data; a control's 200 and 202; a 409 and a 504 as
 * typed exceptions), team and monitor mode (another agent's change), and the reconnection after the server restarts
 * every stream. Agents 1003 to 1005 are this class's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CtiClientIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int BILLING = 3;

    /** Every notification as a line, in order. */
    private static final class Heard implements CtiListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<ScreenPop> screenPops = new CopyOnWriteArrayList<>();
        final List<CallEnd> ends = new CopyOnWriteArrayList<>();

        boolean heard(String line) {
            return lines.contains(line);
        }

        @Override
        public void onConnectionStatus(ConnectionStatus status, String detail) {
            lines.add("connection " + status);
        }

        @Override
        public void onLinkStatus(LinkStatus link) {
            lines.add("link " + (link.up() ? "up" : "down"));
        }

        @Override
        public void onSnapshot(Snapshot snapshot) {
            lines.add("snapshot " + snapshot.reason());
        }

        @Override
        public void onCallDelivered(Call call, ScreenPop screenPop) {
            screenPops.add(screenPop);
            lines.add("delivered " + call.id() + " to " + screenPop.agentId());
        }

        @Override
        public void onCallEstablished(Call call) {
            lines.add("established " + call.id());
        }

        @Override
        public void onCallEnded(CallEnd end) {
            ends.add(end);
            lines.add("ended " + end.callId());
        }

        @Override
        public void onAgentStateChanged(Agent agent, Agent previous) {
            lines.add("agent " + agent.id() + " " + agent.state());
        }

        @Override
        public void onEnabledActionsChanged(String agentId, String callId, Set<String> enabledActions) {
            lines.add("buttons " + agentId + (callId == null ? "" : " on " + callId));
        }
    }

    private CtiSession.Builder session(String user, Heard heard) {
        return CtiSession.builder(pageUrl("")).basic(user, user).listener(heard)
                .reconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().join());
        assertThat(thrown).isInstanceOf(CompletionException.class);
        return thrown.getCause();
    }

    @Test
    @Order(1)
    void inAgentModeTheAgentsCallReachesTheListenerAndControlsAnswerOrFailTyped() throws Exception {
        Heard heard = new Heard();
        try (CtiSession session = session("1005", heard).agent("1005").open()) {
            await("the snapshot").atMost(WAIT).until(() -> session.agent("1005").isPresent());
            assertThat(session.connectionStatus()).isEqualTo(ConnectionStatus.OPEN);
            Agent agent = session.agent("1005").orElseThrow();
            assertThat(agent.state()).isEqualTo("LOGOUT");
            assertThat(agent.firstName()).isEqualTo("Mei");

            Outcome<Agent> login = done(agent.login(null, "1005"));
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.value().state()).isEqualTo("NOT_READY");
            await().atMost(WAIT).until(() -> heard.heard("agent 1005 NOT_READY"));

            // 202: the CTI Server confirms, its event is late; the session follows once it comes.
            simulator.holdEvents();
            Outcome<Agent> ready;
            try {
                ready = done(session.agent("1005").orElseThrow().ready());
            } finally {
                simulator.releaseEvents();
            }
            assertThat(ready.status()).isEqualTo(202);
            assertThat(ready.stored()).isFalse();
            await("the late event").atMost(WAIT).until(() -> heard.heard("agent 1005 AVAILABLE"));
            assertThat(session.agent("1005").orElseThrow().state()).isEqualTo("AVAILABLE");

            long callId = simulator.injectCallForAgent("1005", BILLING, "0611112222", "8005550105",
                    CallVariables.of("acct-7"), List.of(new NamedVariable("user.case", "C-9")));
            String id = String.valueOf(callId);
            await("the screen pop").atMost(WAIT).until(() -> heard.heard("delivered " + id + " to 1005"));
            ScreenPop pop = heard.screenPops.get(0);
            assertThat(pop.ani()).isEqualTo("0611112222");
            assertThat(pop.dnis()).isEqualTo("8005550105");
            assertThat(pop.callVariables()).containsEntry("CallVariable1", "acct-7");
            assertThat(pop.ecc()).containsEntry("user.case", "C-9");
            Call ringing = session.call(id).orElseThrow();
            assertThat(ringing.enabledActions("1005")).contains("ANSWER");

            Throwable notEnabled = failure(ringing.actions().hold());
            assertThat(notEnabled).isInstanceOf(CtiConflictException.class);
            assertThat(((CtiConflictException) notEnabled).type()).isEqualTo("urn:ctios:problem:not-enabled");
            assertThat(((CtiConflictException) notEnabled).enabledActions()).contains("ANSWER");

            Outcome<Call> answered = done(ringing.actions().answer());
            assertThat(answered.stored()).isTrue();
            await().atMost(WAIT).until(() -> heard.heard("established " + id));
            assertThat(session.call(id).orElseThrow().enabledActions("1005")).contains("HOLD", "RELEASE");

            done(session.call(id).orElseThrow().actions().release());
            await().atMost(WAIT).until(() -> heard.heard("ended " + id));
            assertThat(heard.ends.get(0).callKey()).isNotBlank();
            assertThat(session.call(id)).isEmpty();

            // 504: the CTI Server leaves the request unanswered.
            await().atMost(WAIT).until(() -> !session.agent("1005").orElseThrow().state().equals("TALKING"));
            Agent after = session.agent("1005").orElseThrow();
            simulator.ignoreControlRequests(true);
            try {
                Throwable timeout = failure(after.isEnabled("NOT_READY") ? after.notReady() : after.ready());
                assertThat(timeout).isInstanceOf(CtiTimeoutException.class);
                assertThat(((CtiTimeoutException) timeout).type()).isEqualTo("urn:ctios:problem:cti-timeout");
            } finally {
                simulator.ignoreControlRequests(false);
            }
            assertThat(heard.lines).containsSubsequence("connection OPEN", "snapshot STREAM",
                    "agent 1005 NOT_READY", "agent 1005 AVAILABLE", "delivered " + id + " to 1005",
                    "established " + id, "ended " + id);
        }
    }

    @Test
    @Order(2)
    void teamAndMonitorModeSeeAnotherAgentsChange() throws Exception {
        Heard team = new Heard();
        Heard monitor = new Heard();
        try (CtiSession supervisor = session("supervisor1", team).team("1").open();
             CtiSession crm = session("crm", monitor).monitor("agent:1003").open()) {
            await("both snapshots").atMost(WAIT).until(() -> supervisor.agent("1003").isPresent()
                    && crm.agent("1003").isPresent());
            assertThat(supervisor.agents()).extracting(Agent::teamId).containsOnly("1");
            assertThat(crm.agents()).extracting(Agent::id).containsExactly("1003");

            simulator.changeAgentState("1003", AgentState.NOT_READY, 2);

            await("the team's supervisor hears it").atMost(WAIT).until(() -> team.heard("agent 1003 NOT_READY"));
            await("the monitor hears it").atMost(WAIT).until(() -> monitor.heard("agent 1003 NOT_READY"));
            assertThat(crm.agent("1003").orElseThrow().reasonCode()).isEqualTo(2);
            await("the team stream's statistics").atMost(WAIT).until(() -> !supervisor.skillGroups().isEmpty());
            await("the link's status").atMost(WAIT).until(() -> team.heard("link up"));
        }
    }

    @Test
    @Order(3)
    void afterTheServerRestartsEveryStreamTheSessionReconnectsAndFollowsOn() throws Exception {
        Heard heard = new Heard();
        try (CtiSession crm = session("crm", heard).monitor("agent:1003").open()) {
            await("the snapshot").atMost(WAIT).until(() -> crm.agent("1003").isPresent());
            String before = crm.lastEventId().orElseThrow();

            assertThat(rest().as("admin", "admin").post("api/system/event-streams/restart", "").status())
                    .isEqualTo(204);
            await("reconnected").atMost(WAIT).until(() -> heard.lines.stream()
                    .filter(line -> line.equals("connection OPEN")).count() == 2);
            assertThat(heard.lines).containsSubsequence("connection OPEN", "connection RECONNECTING",
                    "connection CONNECTING", "connection OPEN");

            simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);
            await("a change after the reconnection").atMost(WAIT).until(() -> heard.heard("agent 1003 AVAILABLE"));
            assertThat(crm.agent("1003").orElseThrow().state()).isEqualTo("AVAILABLE");
            assertThat(crm.lastEventId().orElseThrow()).isNotEqualTo(before);
        }
    }

    @Test
    @Order(4)
    void theScreenPopExamplePrintsTheCallDeliveredToItsAgent() throws Exception {
        Path jar = Path.of(System.getProperty("ctios.screen-pop.jar"));
        assertThat(jar).exists();
        Process example = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server", pageUrl(""), "--user", "1004:1004")
                .redirectError(new File(System.getProperty("ctios.build-directory"), "screen-pop-stderr.txt"))
                .start();
        BlockingQueue<String> printed = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(example.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(printed::add);
            } catch (java.io.IOException ended) {
                // the process ended
            }
        }, "screen-pop-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(nextLine(printed)).isEqualTo("agent 1004 ready, waiting for calls");
            long callId = simulator.injectCallForAgent("1004", BILLING, "0622223333", "8005550104",
                    CallVariables.of("acct-9"), List.of(new NamedVariable("user.case", "C-10")));
            assertThat(nextLine(printed)).isEqualTo("call " + callId + " ringing at 1004: ANI 0622223333, DNIS "
                    + "8005550104, call variables {CallVariable1=acct-9}, ECC {user.case=C-10}");
        } finally {
            example.destroy();
            if (!example.waitFor(10, TimeUnit.SECONDS)) {
                example.destroyForcibly();
            }
        }
    }

    private static String nextLine(BlockingQueue<String> printed) throws InterruptedException {
        String line = printed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(line).as("a line printed by the example within " + WAIT).isNotNull();
        return line;
    }
}
