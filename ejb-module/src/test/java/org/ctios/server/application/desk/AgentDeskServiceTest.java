package org.ctios.server.application.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.StateChangeResult;
import org.ctios.server.api.StateRequest;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.events.AgentStateNotice;
import org.junit.jupiter.api.Test;

/** The desk with the stored agents and the CTI Server replaced by maps: what is checked, sent and answered. */
class AgentDeskServiceTest {

    private final Map<String, AgentView> stored = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final StoredChangeWaits waits = new StoredChangeWaits();
    /** Whether the simulated CTI Server's event is applied (and announced) before the confirmation returns. */
    private boolean eventFollows = true;

    private final AgentQueries queries = new AgentQueries() {
        @Override
        public Optional<AgentView> byId(String agentId) {
            return Optional.ofNullable(stored.get(agentId));
        }
    };

    private final CtiGateway control = new CtiGateway() {
        @Override
        public void login(String agentId, String instrument, String password) {
            sent.add("LOGIN " + agentId + " at " + instrument);
            apply(agentId, AgentState.NOT_READY);
        }

        @Override
        public void changeState(String agentId, String instrument, AgentState state, int reasonCode) {
            sent.add(state + " " + agentId + " at " + instrument + " reason " + reasonCode);
            apply(agentId, state);
        }
    };

    private final AgentDesk desk = new AgentDeskService(queries, control, waits, Duration.ofMillis(200));

    private static AgentView agent(String id, AgentState state, Set<AgentAction> enabled) {
        return new AgentView(id, "2" + id.substring(1), null, null, null, 1, false, state, 0, Instant.EPOCH, null,
                List.of(), List.of(), enabled, null, 0);
    }

    private void apply(String agentId, AgentState state) {
        if (eventFollows) {
            AgentView before = stored.get(agentId);
            stored.put(agentId, agent(agentId, state, Set.of()));
            waits.onAgentState(new AgentStateNotice(before.id(), state, 0, Instant.EPOCH, false, null));
        }
    }

    @Test
    void anEnabledChangeIsSentAtTheAgentsExtensionAndAnswersTheAgentAsStoredAfterIt() {
        stored.put("1001", agent("1001", AgentState.NOT_READY, Set.of(AgentAction.READY)));

        StateChangeResult result = desk.changeState("1001", StateRequest.to(AgentState.AVAILABLE, 0));

        assertThat(sent).containsExactly("AVAILABLE 1001 at 2001 reason 0");
        assertThat(result.applied()).isTrue();
        assertThat(result.agent().state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(waits.watched()).isZero();
    }

    @Test
    void whenTheEventDoesNotArriveInTimeTheAnswerSaysSoWithTheAgentAsItIs() {
        stored.put("1001", agent("1001", AgentState.NOT_READY, Set.of(AgentAction.READY)));
        eventFollows = false;

        StateChangeResult result = desk.changeState("1001", StateRequest.to(AgentState.AVAILABLE, 0));

        assertThat(result.applied()).isFalse();
        assertThat(result.agent().state()).isEqualTo(AgentState.NOT_READY);
        assertThat(waits.watched()).isZero();
    }

    @Test
    void aLoginUsesTheGivenInstrumentAndEndsWithTheAgentLoggedIn() {
        stored.put("1001", agent("1001", AgentState.LOGOUT, Set.of(AgentAction.LOGIN)));

        StateChangeResult result = desk.changeState("1001", StateRequest.login("3001", "secret"));

        assertThat(sent).containsExactly("LOGIN 1001 at 3001");
        assertThat(result.applied()).isTrue();
    }

    @Test
    void aChangeThatIsNotEnabledSendsNothingAndSaysWhatIsEnabled() {
        stored.put("1001", agent("1001", AgentState.AVAILABLE,
                Set.of(AgentAction.NOT_READY, AgentAction.NOT_READY_WITH_REASON)));

        assertThatThrownBy(() -> desk.changeState("1001", StateRequest.to(AgentState.LOGOUT, 0)))
                .isInstanceOfSatisfying(ActionNotEnabledException.class, e -> {
                    assertThat(e.requestedAction()).isEqualTo("LOGOUT");
                    assertThat(e.enabledActions()).containsExactly("NOT_READY", "NOT_READY_WITH_REASON");
                });
        assertThat(sent).isEmpty();
    }

    @Test
    void anUnknownAgentSendsNothing() {
        assertThatThrownBy(() -> desk.changeState("9999", StateRequest.to(AgentState.AVAILABLE, 0)))
                .isInstanceOf(UnknownAgentException.class).hasMessageContaining("9999");
        assertThat(sent).isEmpty();
    }
}
