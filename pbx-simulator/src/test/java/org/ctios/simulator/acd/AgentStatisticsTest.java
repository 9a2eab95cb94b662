package org.ctios.simulator.acd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures QUERY_AGENT_STATISTICS reports come from what the agent did, on simulated time. */
class AgentStatisticsTest {

    private final VirtualTime time = new VirtualTime();
    private Acd acd;

    @BeforeEach
    void startShift() {
        acd = new Acd(TestScenarios.small(), time, new Random(7), time);
        acd.startShift();
        acd.drainEvents();
    }

    private AgentStatisticsView statistics(String agentId) {
        return acd.agentStatistics(agentId, null, null).orElseThrow();
    }

    private long inject(int group) {
        return ((Outcome.Success<Long>) acd.injectCall(group, "0612345678", "8005550100",
                CallVariables.of("account-1"), List.of())).value();
    }

    @Test
    void statesAndAHandledCallAddUpSinceLogin() {
        acd.login("1001", "1001", null);
        acd.setAgentState("1001", AgentState.NOT_READY, 5);
        time.advance(Duration.ofSeconds(60));
        acd.setAgentState("1001", AgentState.AVAILABLE, 0);
        time.advance(Duration.ofSeconds(30));
        long call = inject(1);
        time.advance(Duration.ofSeconds(2));
        acd.answer(call, "2001");
        time.advance(Duration.ofSeconds(10));
        acd.hold(call, "2001");
        time.advance(Duration.ofSeconds(15));
        acd.retrieve(call, "2001");
        time.advance(Duration.ofSeconds(15));
        acd.clearConnection(call, "2001");
        time.advance(Duration.ofSeconds(20));

        AgentFigures figures = statistics("1001").sinceLogin();

        assertThat(figures.loggedOn()).isEqualTo(Duration.ofSeconds(60 + 30 + 2 + 40 + 20));
        assertThat(figures.notReady()).isEqualTo(Duration.ofSeconds(60));
        assertThat(figures.available()).isEqualTo(Duration.ofSeconds(30));
        assertThat(figures.handledCalls()).isEqualTo(1);
        assertThat(figures.handledTalk()).as("answer to end, hold included").isEqualTo(Duration.ofSeconds(40));
        assertThat(figures.afterCallWork()).as("still wrapping up, counted to now")
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(statistics("1001").today()).isEqualTo(figures);
    }

    @Test
    void aNewLoginStartsTheSessionFiguresAgainButNotTodays() {
        acd.login("1001", "1001", null);
        time.advance(Duration.ofSeconds(100));
        acd.logout("1001", 0);
        time.advance(Duration.ofSeconds(50));
        acd.login("1001", "1001", null);
        time.advance(Duration.ofSeconds(7));

        AgentStatisticsView view = statistics("1001");

        assertThat(view.sinceLogin().loggedOn()).isEqualTo(Duration.ofSeconds(7));
        assertThat(view.today().loggedOn()).as("logged-out time not counted").isEqualTo(Duration.ofSeconds(107));
    }

    @Test
    void todayKeepsOnlyWhatHappenedSinceMidnight() {
        acd.login("1001", "1001", null);
        // the virtual clock starts at 09:00 UTC: 15 hours to midnight, then 30 minutes into the next day
        time.advance(Duration.ofHours(15).plusMinutes(30));

        AgentStatisticsView view = statistics("1001");

        assertThat(view.sinceLogin().notReady()).isEqualTo(Duration.ofHours(15).plusMinutes(30));
        assertThat(view.today().notReady()).isEqualTo(Duration.ofMinutes(30));
        assertThat(view.today().loggedOn()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anAgentNotLoggedInHasNothingAndAnUnknownOneIsNotFound() {
        assertThat(statistics("1001").sinceLogin()).isEqualTo(AgentFigures.NONE);
        assertThat(acd.agentStatistics("9999", null, null)).isEmpty();
        assertThat(acd.agentStatistics(null, "2001", null)).get().extracting(v -> v.agent().agentId())
                .isEqualTo("1001");
    }
}
