package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.ScreenPopData;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notices cross the data grid as text and come back equal; anything else is refused by name. */
class NoticeCodecTest {

    /** At least one notice of every type: a new notice type fails the test until it has one here. */
    private static final List<Notice> EVERY_TYPE = List.of(
            new AgentStateNotice("1001", AgentState.NOT_READY, 12, Instant.parse("2026-11-29T08:00:01.250Z"), true),
            new CallDeliveredNotice(5_000_001L, "2001", "1001", new ScreenPopData("0612345678", "8000", "8000",
                    "42", Map.of("1", "gold customer", "10", "x"), Map.of("user.crm", "C-77"), 4L)),
            new CallDeliveredNotice(5_000_002L, "2002", null, null),
            new CallEstablishedNotice(5_000_001L, "2001"),
            new CallHeldNotice(5_000_001L, "2001"),
            new CallRetrievedNotice(5_000_001L, "2001"),
            new CallDataNotice(5_000_001L),
            new CallChangedNotice(5_000_001L, "CallTransferred", List.of("1001")),
            new CallEndedNotice(5_000_001L, "20261129-5000-1", EndReason.ENDED, List.of("1001", "1002")),
            new SkillGroupStatisticsNotice(Set.of(4L, 5L)));

    private final NoticeCodec codec = new NoticeCodec();

    @AfterEach
    void close() {
        codec.close();
    }

    @Test
    void theCodecKnowsEveryTypeOfTheSealedHierarchy() {
        assertThat(NoticeCodec.types()).as("found in the hierarchy, through CallNotice")
                .contains(AgentStateNotice.class, CallHeldNotice.class, SkillGroupStatisticsNotice.class);
        assertThat(EVERY_TYPE.stream().<Class<?>>map(Object::getClass).distinct().toList())
                .as("a sample of every notice type").containsExactlyInAnyOrderElementsOf(NoticeCodec.types());
    }

    @Test
    void everyTypeOfNoticeComesBackEqual() {
        for (Notice notice : EVERY_TYPE) {
            assertThat(codec.decode(codec.encode(notice))).as(notice.getClass().getSimpleName()).isEqualTo(notice);
        }
    }

    @Test
    void theWireFormIsTheTypesSimpleNameAndItsJson() {
        // what servers of an earlier build publish and read: a cluster may run both while it is upgraded
        String held = "CallHeldNotice {\"callId\":5000001,\"device\":\"2001\"}";
        String agentState = "AgentStateNotice {\"agentId\":\"1001\",\"reasonCode\":12,\"reconciled\":true,"
                + "\"since\":\"2026-11-29T08:00:01.250Z\",\"state\":\"NOT_READY\"}";
        String ended = "CallEndedNotice {\"agentIds\":[\"1001\",\"1002\"],\"callId\":5000001,"
                + "\"callKey\":\"20261129-5000-1\",\"reason\":\"ENDED\"}";

        assertThat(codec.encode(new CallHeldNotice(5_000_001L, "2001"))).isEqualTo(held);
        assertThat(codec.encode(EVERY_TYPE.get(0))).isEqualTo(agentState);
        assertThat(codec.encode(EVERY_TYPE.get(8))).isEqualTo(ended);
        assertThat(codec.decode(ended)).isEqualTo(EVERY_TYPE.get(8));
        assertThat(codec.encode(new SkillGroupStatisticsNotice(Set.of(4L))))
                .isEqualTo("SkillGroupStatisticsNotice {\"skillGroupNumbers\":[4]}");
    }

    @Test
    void aMessageNamingNoNoticeTypeIsRefused() {
        assertThatThrownBy(() -> codec.decode("java.io.File {\"path\":\"/etc\"}"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("not a notice");
        assertThatThrownBy(() -> codec.decode("CallNotice {\"callId\":1}"))
                .as("a sealed interface of the hierarchy is no notice type").isInstanceOf(
                        NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("not a notice");
        assertThatThrownBy(() -> codec.decode("CallHeldNotice {\"callId\":"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("CallHeldNotice");
    }
}
