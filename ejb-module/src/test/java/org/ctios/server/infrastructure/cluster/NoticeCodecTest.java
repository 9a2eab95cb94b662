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
import org.ctios.server.events.ScreenPopData;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notices cross the data grid as text and come back equal; anything else is refused by name. */
class NoticeCodecTest {

    private final NoticeCodec codec = new NoticeCodec();

    @AfterEach
    void close() {
        codec.close();
    }

    @Test
    void everyNoticeComesBackEqual() {
        List<Object> notices = List.of(
                new AgentStateNotice("1001", AgentState.NOT_READY, 12, Instant.parse("2026-11-29T08:00:01.250Z"),
                        true),
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

        for (Object notice : notices) {
            assertThat(codec.decode(codec.encode(notice))).isEqualTo(notice);
        }
    }

    @Test
    void aMessageNamingNoNoticeTypeIsRefused() {
        assertThatThrownBy(() -> codec.decode("java.io.File {\"path\":\"/etc\"}"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("not a notice");
        assertThatThrownBy(() -> codec.decode("CallHeldNotice {\"callId\":"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("CallHeldNotice");
        assertThatThrownBy(() -> codec.encode("a string")).isInstanceOf(IllegalArgumentException.class);
    }
}
