package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.MessageReader;
import org.ctios.protocol.framing.MessageWriter;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CtiService;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The link against the simulator in the same JVM, and against a server that stops answering heartbeats. */
class CtiLinkTest {

    private final List<CtiMessage> received = new CopyOnWriteArrayList<>();
    private final ExecutorService linkThread = Executors.newSingleThreadExecutor();
    private CtiLink link;

    @AfterEach
    void stopLink() throws Exception {
        if (link != null) {
            assertThat(link.stop(5, TimeUnit.SECONDS)).as("the link stops within 5 s").isTrue();
        }
        linkThread.shutdownNow();
    }

    private void startLink(int port, Duration heartbeat) {
        LinkSettings settings = new LinkSettings("127.0.0.1", port, "link-test", "",
                CtiService.mask(CtiService.ALL_EVENTS), heartbeat, Duration.ofSeconds(2), Duration.ofMillis(100));
        link = new CtiLink(settings, SocketFactory.getDefault(), Clock.systemUTC(), received::add);
        linkThread.execute(link);
    }

    @Test
    void opensASessionAndDeliversEvents() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(simulator.sideAPort(), Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> link.status().connected());

            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

            await().atMost(Duration.ofSeconds(5)).until(() -> received.stream()
                    .anyMatch(m -> m instanceof AgentStateEvent e && "1001".equals(e.agentId())
                            && e.agentState() == AgentState.AVAILABLE.wire()));
            assertThat(link.status().eventsReceived()).isEqualTo(received.size());
        }
    }

    @Test
    void heartbeatsAreAnswered() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(simulator.sideAPort(), Duration.ofMillis(200));

            await().atMost(Duration.ofSeconds(5)).until(() -> link.status().lastHeartbeat() != null);
            assertThat(link.status().connected()).isTrue();
        }
    }

    @Test
    void reconnectsWhenTheServerComesBack() throws Exception {
        int port;
        try (PbxSimulator first = PbxSimulator.startQuietDemo(0)) {
            port = first.sideAPort();
            startLink(port, Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> link.status().connected());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !link.status().connected());

        try (PbxSimulator second = PbxSimulator.startQuietDemo(port)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> link.status().connected());
            assertThat(link.status().reconnects()).isEqualTo(1);
        }
    }

    @Test
    void declaresTheLinkLostAfterThreeUnansweredHeartbeats() throws Exception {
        try (SilentServer server = new SilentServer()) {
            startLink(server.port(), Duration.ofMillis(100));
            await().atMost(Duration.ofSeconds(5)).until(() -> server.sessionsOpened() >= 1);

            await("a second session after the silent one was given up")
                    .atMost(Duration.ofSeconds(5)).until(() -> server.sessionsOpened() >= 2);
        }
    }

    @Test
    void stopsWhileTheServerIsDown() throws Exception {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        startLink(unusedPort, Duration.ofSeconds(1));
        Thread.sleep(300);

        long started = System.nanoTime();
        assertThat(link.stop(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        link = null;
    }

    /** Accepts sessions, confirms OPEN_REQ, then never answers anything. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile int sessionsOpened;

        SilentServer() throws IOException {
            threads.execute(this::accept);
        }

        int port() {
            return listener.getLocalPort();
        }

        int sessionsOpened() {
            return sessionsOpened;
        }

        private void accept() {
            try {
                while (true) {
                    Socket socket = listener.accept();
                    sockets.add(socket);
                    threads.execute(() -> openThenIgnore(socket));
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        private void openThenIgnore(Socket socket) {
            try {
                MessageReader reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
                MessageWriter writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
                OpenReq open = (OpenReq) reader.read();
                writer.write(new OpenConf(open.invokeId(), open.servicesRequested(), 0, 0, 0, true, 17, 9, 0, 1,
                        null, null, null, null, List.of()));
                sessionsOpened++;
                while (reader.read() != null) {
                    // heartbeats go unanswered
                }
            } catch (IOException ended) {
                // the link gave up on us, as it should
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            threads.shutdownNow();
        }
    }
}
