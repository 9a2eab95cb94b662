package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.api.view.UserMessageView;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.ScreenPopData;
import org.ctios.server.events.SilentMonitorNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.server.events.UserMessageNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notices cross the data grid as text and come back equal; anything else is refused by name. */
class NoticeCodecTest {

    private static final Instant SINCE = Instant.parse("2026-11-29T08:00:01.250Z");
    /** As the live model's listeners hear it: with the agent as of the change (one action: the wire's order). */
    private static final AgentStateNotice AGENT_STATE = new AgentStateNotice("1001", AgentState.NOT_READY, 12, SINCE,
            true, new AgentView("1001", "2001", null, "Amara", "Okafor", 1, false, AgentState.NOT_READY, 12, SINCE,
                    Instant.parse("2026-11-29T07:58:00Z"), List.of(1L, 2L), List.of(5_000_001L),
                    Set.of(AgentAction.READY), null, 0));
    /** As the CDI event fired in the transaction has it, and as a server of an earlier build relays it. */
    private static final AgentStateNotice AGENT_STATE_WITHOUT_VIEW = new AgentStateNotice("1001",
            AgentState.NOT_READY, 12, SINCE, true, null);

    /** At least one notice of every type: a new notice type fails the test until it has one here. */
    private static final List<Notice> EVERY_TYPE = List.of(
            AGENT_STATE,
            AGENT_STATE_WITHOUT_VIEW,
            new CallDeliveredNotice(5_000_001L, "2001", "1001", new ScreenPopData("0612345678", "8000", "8000",
                    "42", Map.of("1", "gold customer", "10", "x"), Map.of("user.crm", "C-77"), 4L)),
            new CallDeliveredNotice(5_000_002L, "2002", null, null),
            new CallEstablishedNotice(5_000_001L, "2001"),
            new CallHeldNotice(5_000_001L, "2001"),
            new CallRetrievedNotice(5_000_001L, "2001"),
            new CallDataNotice(5_000_001L),
            new CallChangedNotice(5_000_001L, "CallTransferred", List.of("1001")),
            new CallEndedNotice(5_000_001L, "20261129-5000-1", EndReason.ENDED, List.of("1001", "1002")),
            new SkillGroupStatisticsNotice(Set.of(4L, 5L)),
            new UserMessageNotice(new UserMessageView(7, SINCE, "supervisor1", null, MessageAudience.TEAM, null, 1,
                    "Meeting at 3"), List.of("1001", "1002"), List.of(), false),
            new SilentMonitorNotice(new SilentMonitorView(5_000_001L, "1001", 1, "1009", SupervisoryAction.MONITOR,
                    SINCE), false),
            new SilentMonitorNotice(new SilentMonitorView(5_000_001L, "1001", null, "1009", SupervisoryAction.WHISPER,
                    SINCE), true),
            new HelpAlertNotice(new HelpAlertView("1001", 1, 5_000_001L, false, SINCE, SINCE.plusSeconds(300)), null),
            new HelpAlertNotice(new HelpAlertView("1001", null, null, true, SINCE, SINCE.plusSeconds(300)), "1009"));

    /** {@link AgentStateNotice} as servers of the build before it carried the agent's view had it. */
    public record EarlierAgentStateNotice(String agentId, AgentState state, int reasonCode, Instant since,
                                          boolean reconciled) {
    }

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
        CallEndedNotice endedNotice = new CallEndedNotice(5_000_001L, "20261129-5000-1", EndReason.ENDED,
                List.of("1001", "1002"));

        assertThat(codec.encode(new CallHeldNotice(5_000_001L, "2001"))).isEqualTo(held);
        assertThat(codec.encode(AGENT_STATE_WITHOUT_VIEW)).as("without the agent's view, the earlier form")
                .isEqualTo(agentState);
        assertThat(codec.encode(endedNotice)).isEqualTo(ended);
        assertThat(codec.decode(ended)).isEqualTo(endedNotice);
        assertThat(codec.encode(new SkillGroupStatisticsNotice(Set.of(4L))))
                .isEqualTo("SkillGroupStatisticsNotice {\"skillGroupNumbers\":[4]}");
    }

    /**
     * An agent's notice carries the agent as of its change, so that every server of the cluster streams the event the
     * link's holder streams; the view is an addition the earlier build's servers read past, and a notice of theirs,
     * without it, is read here as a notice without it (the event then shows the agent as it is when sent).
     */
    @Test
    void anAgentsNoticeCarriesTheAgentAsOfItsChangeAndBuildsOfBothFormsReadEachOther() throws Exception {
        String withView = "AgentStateNotice {\"agent\":{\"callIds\":[5000001],\"enabledActions\":[\"READY\"],"
                + "\"extension\":\"2001\",\"firstName\":\"Amara\",\"id\":\"1001\",\"lastName\":\"Okafor\","
                + "\"loggedInSince\":\"2026-11-29T07:58:00Z\","
                + "\"pendingReasonCode\":0,\"reasonCode\":12,\"skillGroups\":[1,2],\"state\":\"NOT_READY\","
                + "\"stateSince\":\"2026-11-29T08:00:01.250Z\",\"supervisor\":false,\"teamId\":1},"
                + "\"agentId\":\"1001\",\"reasonCode\":12,\"reconciled\":true,"
                + "\"since\":\"2026-11-29T08:00:01.250Z\",\"state\":\"NOT_READY\"}";
        String earlier = "AgentStateNotice {\"agentId\":\"1001\",\"reasonCode\":12,\"reconciled\":true,"
                + "\"since\":\"2026-11-29T08:00:01.250Z\",\"state\":\"NOT_READY\"}";

        assertThat(codec.encode(AGENT_STATE)).isEqualTo(withView);
        assertThat(codec.decode(withView)).isEqualTo(AGENT_STATE);
        assertThat(codec.decode(withView.replace("\"pendingReasonCode\":0,", "")))
                .as("a view of a build before pending states").isEqualTo(AGENT_STATE);
        assertThat(((AgentStateNotice) codec.decode(withView.replace("\"firstName\":\"Amara\",", "")
                .replace("\"lastName\":\"Okafor\",", ""))).agent())
                .as("a view of a build before names: the agent without them")
                .isEqualTo(withoutNames(AGENT_STATE.agent()));
        assertThat(codec.decode(earlier)).as("an earlier build's notice").isEqualTo(AGENT_STATE_WITHOUT_VIEW);
        try (Jsonb earlierBuild = JsonbBuilder.create()) {
            assertThat(earlierBuild.fromJson(withView.substring(withView.indexOf(' ') + 1),
                    EarlierAgentStateNotice.class)).as("read by an earlier build")
                    .isEqualTo(new EarlierAgentStateNotice("1001", AgentState.NOT_READY, 12, SINCE, true));
        }
    }

    private static AgentView withoutNames(AgentView agent) {
        return new AgentView(agent.id(), agent.extension(), agent.instrument(), null, null, agent.teamId(),
                agent.supervisor(), agent.state(), agent.reasonCode(), agent.stateSince(), agent.loggedInSince(),
                agent.skillGroups(), agent.callIds(), agent.enabledActions(), agent.pendingState(),
                agent.pendingReasonCode());
    }

    @Test
    void aViewThatIsNotTheAgentAsOfItsChangeIsRefused() {
        AgentView talking = new AgentView("1001", "2001", null, null, null, 1, false, AgentState.TALKING, 0, SINCE,
                SINCE, List.of(1L), List.of(5_000_001L), Set.of(AgentAction.HOLD), null, 0);

        assertThatThrownBy(() -> AGENT_STATE_WITHOUT_VIEW.withAgent(talking))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of its change");
        assertThatThrownBy(() -> codec.decode(codec.encode(AGENT_STATE).replace("\"state\":\"NOT_READY\"}",
                "\"state\":\"AVAILABLE\"}"))).isInstanceOf(NoticeCodec.UnreadableNoticeException.class);
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
