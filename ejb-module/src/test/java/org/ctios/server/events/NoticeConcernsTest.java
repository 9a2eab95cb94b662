package org.ctios.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.EndReason;
import org.junit.jupiter.api.Test;

/** What each notice says it concerns: what the event streams route it by. */
class NoticeConcernsTest {

    private static final Instant AT = Instant.parse("2026-11-29T08:00:00Z");

    private static final ScreenPopData POPPED_FOR_GROUP_4 = new ScreenPopData("0612345678", "8000", "8000", null,
            Map.of(), Map.of(), 4L);

    @Test
    void anAgentsStateConcernsTheAgent() {
        assertThat(new AgentStateNotice("1001", AgentState.AVAILABLE, 0, AT, false, null).concerns())
                .isEqualTo(new Concerns(List.of("1001"), List.of(), List.of()));
    }

    @Test
    void aDeliveredCallConcernsTheAgentItRingsForAndTheGroupItWasRoutedFor() {
        assertThat(new CallDeliveredNotice(7, "2001", "1001", POPPED_FOR_GROUP_4).concerns())
                .isEqualTo(new Concerns(List.of("1001"), List.of(7L), List.of(4L)));
        assertThat(new CallDeliveredNotice(7, "8000", null, null).concerns())
                .as("ringing at a queue, no data").isEqualTo(Concerns.call(7));
    }

    @Test
    void anEndedOrChangedCallConcernsTheAgentsItNamesInTheirOrder() {
        assertThat(new CallEndedNotice(7, "key-7", EndReason.ENDED, List.of("1002", "1001")).concerns())
                .isEqualTo(new Concerns(List.of("1002", "1001"), List.of(7L), List.of()));
        assertThat(new CallChangedNotice(7, "CallTransferred", List.of("1001")).concerns())
                .isEqualTo(new Concerns(List.of("1001"), List.of(7L), List.of()));
    }

    @Test
    void theOtherCallNoticesConcernTheCallAlone() {
        for (CallNotice notice : List.of(new CallEstablishedNotice(7, "2001"), new CallHeldNotice(7, "2001"),
                new CallRetrievedNotice(7, "2001"), new CallDataNotice(7))) {
            assertThat(notice.concerns()).as(notice.getClass().getSimpleName()).isEqualTo(Concerns.call(7));
        }
    }

    @Test
    void skillGroupStatisticsConcernTheGroupsAlone() {
        Concerns concerns = new SkillGroupStatisticsNotice(Set.of(4L, 5L)).concerns();

        assertThat(concerns.skillGroupNumbers()).containsExactlyInAnyOrder(4L, 5L);
        assertThat(concerns.agentIds()).isEmpty();
        assertThat(concerns.callIds()).isEmpty();
    }
}
