package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.ModelHarness.OpenTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An agent's notice, as the live model's listeners hear it (the event streams, the cluster's relay), carries the
 * agent as of its change: its state, and the calls and buttons of that state, never those of a later change.
 */
class AgentNoticeViewTest {

    private final List<ModelHarness> models = new ArrayList<>();

    @AfterEach
    void stop() {
        models.forEach(ModelHarness::close);
    }

    /** A model whose listeners' notices are gathered in {@code heard}. */
    private ModelHarness model(List<Notice> heard) {
        ModelHarness model = new ModelHarness();
        models.add(model);
        model.live().subscribe((version, change, replaced) -> heard.addAll(change.notices()));
        return model;
    }

    private static List<AgentStateNotice> agentNotices(List<Notice> notices) {
        return notices.stream().filter(AgentStateNotice.class::isInstance).map(AgentStateNotice.class::cast).toList();
    }

    @Test
    void twoChangesOfOneAgentInOneBatchEachShowTheAgentAsOfThatChange() {
        EventStream stream = new EventStream(1_000, Instant.parse("2026-12-06T08:00:00Z"));
        CtiEvent available = stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1);
        CtiEvent notReady = stream.agent("1001", "2001", AgentState.NOT_READY, 12, 1);
        CtiEvent availableAgain = stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1);
        // one model takes the changes one transaction each, and shows the agent after each as GET /agents/1001 would
        List<Notice> heardOneByOne = new ArrayList<>();
        ModelHarness oneByOne = model(heardOneByOne);
        oneByOne.apply(available);
        oneByOne.apply(notReady);
        AgentView afterNotReady = oneByOne.live().current().agent("1001").orElseThrow();
        oneByOne.apply(availableAgain);
        AgentView afterAvailableAgain = oneByOne.live().current().agent("1001").orElseThrow();
        // the other takes the last two in one delivery batch, one transaction: the model's version shows the last
        List<Notice> heard = new CopyOnWriteArrayList<>();
        ModelHarness batched = model(heard);
        batched.apply(available);
        heard.clear();
        batched.notices().clear();
        batched.run(services -> services.events().applyAll(List.of(notReady, availableAgain)));

        List<AgentStateNotice> notices = agentNotices(heard);
        assertThat(notices).extracting(AgentStateNotice::state)
                .containsExactly(AgentState.NOT_READY, AgentState.AVAILABLE);
        assertThat(notices.get(0).agent()).as("the earlier change: its own state with its own buttons")
                .isEqualTo(afterNotReady);
        assertThat(notices.get(0).agent().enabledActions()).contains(AgentAction.READY)
                .doesNotContain(AgentAction.NOT_READY);
        assertThat(notices.get(1).agent()).as("the last change: the version's own view of the agent")
                .isEqualTo(afterAvailableAgain)
                .isEqualTo(batched.live().current().agent("1001").orElseThrow());
        assertThat(notices.get(1).agent().enabledActions()).contains(AgentAction.NOT_READY)
                .doesNotContain(AgentAction.READY);
        assertThat(agentNotices(heardOneByOne).subList(1, 3)).as("the same notices, batched or not")
                .isEqualTo(notices);
        assertThat(batched.notices().fired(AgentStateNotice.class)).as("fired as CDI events in the transaction, "
                + "before the version that shows the change: without the view")
                .extracting(AgentStateNotice::agent).containsOnlyNulls().hasSize(2);
    }

    /**
     * The connector delivers an agent's events and a call's in parallel, so the call ringing at the agent's phone
     * may be committed by another transaction while the agent's change is applied: the notice's view is taken when
     * its change becomes the model's version, after that call, as the streams order them; not while it is applied,
     * when the call was not there yet.
     */
    @Test
    void anAgentsChangeShowsTheCallThatAnotherDeliveryCommittedBeforeIt() throws Exception {
        EventStream stream = new EventStream(1_000, Instant.parse("2026-12-06T08:00:00Z"));
        List<Notice> heard = new CopyOnWriteArrayList<>();
        ModelHarness model = model(heard);
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1));
        CtiEvent reserved = stream.agent("1001", "2001", AgentState.RESERVED, 0, 1);
        CtiEvent begun = stream.begun(7, "0612345678", "7001");
        CtiEvent delivered = stream.delivered(7, "2001", 1);
        heard.clear();

        try (OpenTransaction agentsDelivery = model.begin()) {
            agentsDelivery.services().events().apply(reserved);
            agentsDelivery.flush();
            CompletableFuture.runAsync(() -> model.apply(begun, delivered)).get(10, TimeUnit.SECONDS);
            agentsDelivery.commit();
        }

        AgentStateNotice notice = agentNotices(heard).get(0);
        assertThat(notice.state()).isEqualTo(AgentState.RESERVED);
        assertThat(notice.agent().callIds()).as("the call committed before the agent's change").containsExactly(7L);
        assertThat(notice.agent().enabledActions()).contains(AgentAction.ANSWER);
        assertThat(notice.agent()).isEqualTo(model.live().current().agent("1001").orElseThrow());
    }
}
