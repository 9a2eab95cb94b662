package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.infrastructure.persistence.JpaAgentRepository;
import org.ctios.server.infrastructure.persistence.JpaCallRepository;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinkHandoverTest {

    /** What the connector was asked to watch. */
    private static final class WatchedByLink extends CtiGateway {
        final List<String> agentIds = new ArrayList<>();
        final List<Long> callIds = new ArrayList<>();

        @Override
        public void watch(Collection<String> agents, Collection<Long> calls) {
            agentIds.addAll(agents);
            callIds.addAll(calls);
        }
    }

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));
    private final ModelHarness model = new ModelHarness();

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void everyStoredAgentAndEveryCallInProgressIsHandedToTheLinkButNoEndedCall() {
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0),
                stream.agent("1002", "2002", AgentState.LOGOUT, 0),
                stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1),
                stream.begun(8, "0687654321", "7001"), stream.cleared(8), stream.ended(8));
        model.apply(new EventStream(2_000, Instant.parse("2026-11-28T09:00:00Z"))
                .agent("1002", "2002", AgentState.NOT_READY, 0));
        WatchedByLink link = new WatchedByLink();
        AtomicLong storedEpoch = new AtomicLong();

        model.run(services -> storedEpoch.set(new LinkHandover(new JpaAgentRepository(services.entityManager()),
                new JpaCallRepository(services.entityManager()), link).handOverRemembered()));

        assertThat(link.agentIds).containsExactlyInAnyOrder("1001", "1002");
        assertThat(link.callIds).containsExactly(7L);
        assertThat(storedEpoch).as("the latest link's epoch among them, for a link taken over").hasValue(2_000);
    }
}
