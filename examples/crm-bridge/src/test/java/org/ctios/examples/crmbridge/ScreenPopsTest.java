package org.ctios.examples.crmbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bridge's memory: bounded, most recent first; an instrument belongs to the agent logged in there last. */
class ScreenPopsTest {

    private static ScreenPop pop(long callId) {
        return new ScreenPop("1001", callId, "0612345678", "8000", Map.of(1, "case-" + callId), Instant.EPOCH);
    }

    @Test
    void keepsTheLastPopsMostRecentFirst() {
        ScreenPops pops = new ScreenPops();
        for (long call = 1; call <= ScreenPops.CAPACITY + 5; call++) {
            pops.add(pop(call));
        }

        assertThat(pops.mostRecentFirst()).hasSize(ScreenPops.CAPACITY);
        assertThat(pops.mostRecentFirst().get(0).callId()).isEqualTo(ScreenPops.CAPACITY + 5);
        assertThat(pops.mostRecentFirst().get(ScreenPops.CAPACITY - 1).callId()).as("the oldest kept").isEqualTo(6);
    }

    @Test
    void anInstrumentNamesTheAgentLoggedInThereUntilTheAgentLeaves() {
        AgentInstruments instruments = new AgentInstruments();
        instruments.agentAt("1001", "2001");
        instruments.agentAt("1001", "2002");
        instruments.agentAt("1002", "2003");

        assertThat(instruments.agentAt("2001")).as("the agent moved").isEmpty();
        assertThat(instruments.agentAt("2002")).contains("1001");

        instruments.agentAt("1002", null);
        assertThat(instruments.agentAt("2003")).as("logged out").isEmpty();
        assertThat(instruments.agentAt((String) null)).isEmpty();
    }

    @Test
    void anAgentTakingAnotherOnesInstrumentDisplacesItAndTheMapStaysBounded() {
        AgentInstruments instruments = new AgentInstruments();
        instruments.agentAt("1001", "2001");
        instruments.agentAt("1002", "2001");
        instruments.agentAt("1001", null);

        assertThat(instruments.agentAt("2001")).as("the other agent's logout leaves it").contains("1002");

        for (int agent = 0; agent <= AgentInstruments.CAPACITY; agent++) {
            instruments.agentAt("a" + agent, "i" + agent);
        }
        assertThat(instruments.agentAt("2001")).as("the least recently changed dropped").isEmpty();
        assertThat(instruments.agentAt("i0")).as("and the next").isEmpty();
        assertThat(instruments.agentAt("i1")).contains("a1");
        instruments.agentAt("1002", "3001");
        assertThat(instruments.agentAt("3001")).contains("1002");
    }
}
