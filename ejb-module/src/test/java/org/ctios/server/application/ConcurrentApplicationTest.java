package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.ModelHarness.OpenTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two deliveries in flight at once, as the connector's parallel workers make them: different agents never wait for
 * each other; two changes to the same agent (which the connector never sends at once, but a redelivery could) end
 * with the newer state, the loser rolled back to be retried.
 */
class ConcurrentApplicationTest {

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));
    private ModelHarness model;

    @BeforeEach
    void start() {
        model = new ModelHarness();
        model.apply(stream.agent("1001", "2001", AgentState.NOT_READY, 0),
                stream.agent("1002", "2002", AgentState.NOT_READY, 0));
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private AgentState stateOf(String agentId) {
        return model.inTransaction(services -> services.agents().byId(agentId).orElseThrow().state());
    }

    @Test
    void anOpenTransactionOnOneAgentDoesNotDelayAnother() throws Exception {
        try (OpenTransaction first = model.begin()) {
            first.services().events().apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0));
            first.flush();

            CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                    model.apply(stream.agent("1002", "2002", AgentState.AVAILABLE, 0)));

            second.get(2, TimeUnit.SECONDS);
            assertThat(stateOf("1002")).isEqualTo(AgentState.AVAILABLE);
            first.commit();
        }
        assertThat(stateOf("1001")).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void twoChangesToOneAgentAtOnceEndWithTheNewerAndTheOtherRollsBack() throws Exception {
        AgentStateChanged older = stream.agent("1001", "2001", AgentState.AVAILABLE, 0);
        AgentStateChanged newer = stream.agent("1001", "2001", AgentState.TALKING, 0);
        try (OpenTransaction slow = model.begin()) {
            slow.services().agents().byId("1001");
            slow.services().events().apply(older);

            model.apply(newer);

            assertThatThrownBy(() -> {
                slow.flush();
                slow.commit();
            }).isInstanceOfAny(OptimisticLockException.class, PersistenceException.class);
        }
        assertThat(stateOf("1001")).isEqualTo(AgentState.TALKING);

        model.apply(older);

        assertThat(stateOf("1001")).as("the retried older event changes nothing").isEqualTo(AgentState.TALKING);
    }
}
