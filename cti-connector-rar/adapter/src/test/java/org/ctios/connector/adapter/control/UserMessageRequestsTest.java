package org.ctios.connector.adapter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.CtiRequestRefusedException.Refusal;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.types.Distribution;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User messages through the connector against the simulator's desk scenario (agents 1001 to 1003 and supervisor
 * 1009 in team 1): the request confirmed, the event the monitor-mode link hears, the switch's refusals and the
 * connector's own checks.
 */
class UserMessageRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ThreadWorks works = new ThreadWorks();
    private final RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10);
    private PbxSimulator simulator;
    private CtiConnector connector;
    private ControlRequests requests;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(TestSettings.scenario("desk-only")));
        connector = new CtiConnector(TestSettings.sides(simulator.sideAPort()).connector(), works,
                SocketFactory.getDefault(), Clock.systemUTC());
        connector.start();
        connector.activate(endpoints);
        await().atMost(WAIT).until(() -> connector.status().connected());
        requests = connector.controls();
    }

    @AfterEach
    void stop() throws Exception {
        assertThat(connector.stop(Duration.ofSeconds(5))).isTrue();
        simulator.close();
    }

    @Test
    void aTeamMessageIsConfirmedAndHeardBackAsAnEvent() {
        requests.sendUserMessage(Distribution.TEAM, null, "1009", "Team meeting at 3");

        await().atMost(WAIT).until(() -> !endpoints.received(UserMessageReceived.class).isEmpty());
        UserMessageReceived heard = endpoints.received(UserMessageReceived.class).get(0);
        assertThat(heard.text()).isEqualTo("Team meeting at 3");
        assertThat(heard.distribution()).isEqualTo(Distribution.TEAM);
        assertThat(heard.senderClientId()).as("this link's own ClientID").isNotBlank();
        assertThat(heard.sentAt()).isNotNull();
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void recipientsTheSwitchCannotFindAreRefusedWithItsStatus() {
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.CLIENT, "9999", null, "hello"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.FAILURE);
                    assertThat(e.failureName()).isEqualTo("CLIENT_NOT_FOUND");
                });
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.SUPERVISOR, null, "4242", "hello"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("SUPERVISOR_NOT_FOUND"));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.ALL, null, null, "x".repeat(255)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALUE_TOO_LONG");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.CLIENT, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.TEAM, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentId");
        assertThatThrownBy(() -> requests.sendUserMessage(null, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distribution");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.ALL, null, null, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThat(connector.status().connected()).isTrue();
        assertThat(connector.pendingRequests()).isZero();
    }
}
