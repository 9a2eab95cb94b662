package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.application.live.EndedCall;
import org.ctios.server.application.live.LiveAgent;
import org.ctios.server.application.live.LiveCall;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A committed change crosses the data grid as text and comes back equal, so another server's model follows it. */
class ChangeCodecTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:01.250Z");

    private final ChangeCodec codec = new ChangeCodec();

    @AfterEach
    void close() {
        codec.close();
    }

    @Test
    void aChangeComesBackEqual() {
        LiveAgent agent = new LiveAgent("1001", "2001", "3001", "Amara", "Okafor", 1, true,
                org.ctios.server.domain.agent.AgentState.TALKING, 0, AT, AT,
                Map.of(1L, org.ctios.server.domain.agent.AgentState.TALKING,
                        3L, org.ctios.server.domain.agent.AgentState.NOT_READY), 7, 42, null, 0);
        LiveCall call = new LiveCall(5_000_001L, "key-1", 3, "0612345678", "8000", "8000", "42",
                Map.of("CallVariable1", "gold"), Map.of("user.case", "C-42", "user.list[2]", "x"), "sold", 1L, 150L,
                77L, "2001", Map.of("2001", new LiveCall.Party(ConnectionState.CONNECT, false),
                        "2025", new LiveCall.Party(ConnectionState.HOLD, true)),
                AT, AT, AT, AT, null, true, false, true, "2001", 7, 43);
        EndedCall ended = new EndedCall(5_000_000L, "key-0", 1L, null, AT);
        AgentView asOfTheChange = new AgentView("1001", "2001", "3001", "Amara", "Okafor", 1, true,
                AgentState.TALKING, 0, AT, AT, List.of(1L, 3L), List.of(5_000_001L),
                Set.of(AgentAction.HOLD, AgentAction.RELEASE), null, 0);
        List<Notice> notices = List.of(new AgentStateNotice("1001", AgentState.TALKING, 0, AT, false, asOfTheChange),
                new CallEndedNotice(5_000_000L, "key-0", EndReason.ENDED, List.of("1002")),
                new SkillGroupStatisticsNotice(Set.of(1L)));

        LiveChange back = codec.decode(codec.encode(LiveChange.of(List.of(agent), List.of(call), List.of(ended),
                notices, true)));

        assertThat(back.agents()).containsExactly(agent);
        assertThat(back.calls()).containsExactly(call);
        assertThat(back.endedCalls()).containsExactly(ended);
        assertThat(back.notices()).as("the agent's notice with the agent as of its change").isEqualTo(notices);
        assertThat(back.isResynchronisation()).isTrue();
        assertThat(back.isRelayed()).as("read, not applied here: a rebuild after it judges no drift").isTrue();
    }

    @Test
    void aMessageThatIsNoChangeIsRefused() {
        assertThatThrownBy(() -> codec.decode("{\"agents\": 3}"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class);
        assertThatThrownBy(() -> codec.decode("{}")).isInstanceOf(NoticeCodec.UnreadableNoticeException.class)
                .hasMessageContaining("not a change");
        assertThatThrownBy(() -> codec.decode("{\"agents\":[],\"calls\":[],\"ended\":[],"
                + "\"notices\":[\"java.io.File {}\"],\"resynchronised\":false}"))
                .isInstanceOf(NoticeCodec.UnreadableNoticeException.class).hasMessageContaining("not a notice");
    }
}
