package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.application.live.LiveAgent;
import org.ctios.server.application.live.LiveCall;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveModelUpdates;
import org.ctios.server.application.live.LiveOrganisation;
import org.ctios.server.application.live.LiveSource;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.junit.jupiter.api.Test;

/** A batch's state is read for what its notices say they concern, and for the agents on those calls. */
class NoticeBatchReaderTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

    private final LiveModel live = new LiveModel(this::contents, Clock.fixed(AT, ZoneOffset.UTC), Runnable::run);
    private final NoticeBatchReader reader = new NoticeBatchReader(new LiveModelUpdates(live));

    private static LiveAgent agent(String id, AgentState state) {
        return new LiveAgent(id, "2" + id.substring(1), null, null, null, 1, false, state, 0, AT, AT,
                Map.of(1L, state), 1, 1, null, 0);
    }

    private LiveSource.Contents contents(ZonedDateTime startOfDay) {
        LiveCall held = new LiveCall(7, "key-7", 0, "0612345678", "7001", null, null, Map.of(), Map.of(), null, 1L,
                null, null, null, Map.of("2001", new LiveCall.Party(ConnectionState.HOLD, false)), AT, null,
                null, AT, null, false, false, false, null, 1, 1);
        return new LiveSource.Contents(LiveOrganisation.of(List.of(),
                List.of(new LiveOrganisation.TeamInfo(1, "Harbour", "1025"))),
                List.of(agent("1001", AgentState.HOLD), agent("1002", AgentState.WORK_READY),
                        agent("1026", AgentState.NOT_READY), agent("1030", AgentState.AVAILABLE)),
                List.of(held), Map.of());
    }

    @Test
    void theCallsAndAgentsTheNoticesConcernAndTheAgentsOnThoseCallsAreRead() {
        ConcernedState state = reader.read(List.of(
                new AgentStateNotice("1026", org.ctios.protocol.types.AgentState.NOT_READY, 3, AT, false, null),
                new CallHeldNotice(7, "2001"),
                new CallEndedNotice(99, "key-99", EndReason.ENDED, List.of("1002")),
                new SkillGroupStatisticsNotice(Set.of(1L))));

        assertThat(state.calls().keySet()).as("call 99 ended: no longer in the model").containsExactly(7L);
        assertThat(state.agents().keySet()).as("1001 is on call 7; 1030 concerns no notice")
                .containsExactlyInAnyOrder("1001", "1002", "1026");
    }
}
