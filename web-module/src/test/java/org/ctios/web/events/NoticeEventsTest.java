package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.CallView;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.api.view.PartyView;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.SilentMonitorNotice;
import org.ctios.server.events.ScreenPopData;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.web.reasons.ReasonLabels;
import org.junit.jupiter.api.Test;

/** What each notice of a batch becomes, from the state read for the batch. */
class NoticeEventsTest {

    private static final Instant AT = Instant.parse("2026-11-28T08:00:00Z");

    private final NoticeEvents events = new NoticeEvents(JsonbBuilder.create(), new ReasonLabels(Map.of(2, "Lunch"), Map.of(1, "End of shift")));

    /** Agent 1001 is Amara Okafor; the others have no names. */
    private static AgentView agent(String id, Integer team, AgentState state, List<Long> calls,
                                   Set<AgentAction> enabled) {
        boolean named = id.equals("1001");
        return new AgentView(id, "2" + id.substring(1), null, named ? "Amara" : null, named ? "Okafor" : null, team,
                false, state, 0, AT, AT, List.of(1L, 2L), calls, enabled, null, 0);
    }

    private static CallView ringingCall() {
        return new CallView(7, "key-7", CallState.ALERTING, 1, "0612345678", "7001", "7001", null,
                Map.of("CallVariable1", "acct-1"), Map.of(), null, 3L, null, null, AT, AT, AT, null,
                List.of(new PartyView("2001", "1001", LocalConnectionState.ALERTING, false)), List.of("1001"),
                Map.of("1001", Set.of(AgentAction.ANSWER)), false, false, null);
    }

    private static JsonObject json(String data) {
        return Json.createReader(new StringReader(data)).readObject();
    }

    /**
     * The agent moved on (took a call) before its notice was translated: the event shows the agent as of the change,
     * the state with that state's buttons and calls, not the buttons of the state it is in now.
     */
    @Test
    void anAgentStateEventShowsTheAgentAsOfItsChangeThoughItHasMovedOn() {
        AgentView asOfTheChange = new AgentView("1001", "2001", null, null, null, 5, false, AgentState.NOT_READY,
                12, AT.plusSeconds(5), AT, List.of(1L, 2L), List.of(), Set.of(AgentAction.READY, AgentAction.LOGOUT),
                null, 0);
        ConcernedState now = new ConcernedState(Map.of(7L, ringingCall()), Map.of("1001",
                agent("1001", 6, AgentState.TALKING, List.of(7L), Set.of(AgentAction.HOLD, AgentAction.RELEASE))));

        NoticeTranslator.Translated event = events.translate(new AgentStateNotice("1001", AgentState.NOT_READY, 12,
                AT.plusSeconds(5), false, asOfTheChange), now).orElseThrow();

        JsonObject agent = json(event.data()).getJsonObject("agent");
        assertThat(agent.getString("state")).isEqualTo("NOT_READY");
        assertThat(agent.getJsonArray("enabledActions")).extracting(action -> ((JsonString) action).getString())
                .as("NOT_READY's buttons, not TALKING's").containsExactly("LOGOUT", "READY");
        assertThat(agent.getJsonArray("calls")).as("no call yet at the change").isEmpty();
        assertThat(event.routing()).as("routed as the agent was").isEqualTo(new EventRouting("AgentState",
                Set.of("1001"), Set.of("5"), Set.of("1", "2")));
    }

    @Test
    void anAgentStateEventShowsTheAgentsNamesAndTheReasonsLabelAndAStatePendingWithItsLabel() {
        AgentView notReady = new AgentView("1001", "2001", null, "Amara", "Okafor", 5, false, AgentState.NOT_READY,
                32_767, AT, AT, List.of(1L), List.of(), Set.of(AgentAction.READY), null, 0);
        AgentView talking = new AgentView("1001", "2001", null, null, null, 5, false, AgentState.TALKING, 0, AT, AT,
                List.of(1L), List.of(7L), Set.of(AgentAction.RELEASE), AgentState.NOT_READY, 2);

        JsonObject rona = json(events.translate(new AgentStateNotice("1001", AgentState.NOT_READY, 32_767, AT, false,
                notReady), new ConcernedState(Map.of(), Map.of())).orElseThrow().data()).getJsonObject("agent");
        JsonObject pending = json(events.translate(new AgentStateNotice("1001", AgentState.TALKING, 0, AT, false,
                talking), new ConcernedState(Map.of(), Map.of())).orElseThrow().data()).getJsonObject("agent");

        assertThat(rona.getString("firstName")).isEqualTo("Amara");
        assertThat(rona.getString("lastName")).isEqualTo("Okafor");
        assertThat(pending.isNull("firstName") && pending.isNull("lastName")).as("no names, said").isTrue();
        assertThat(rona.getString("reasonLabel")).isEqualTo("Call not answered");
        assertThat(rona.isNull("pendingState")).as("nothing pending, said").isTrue();
        assertThat(pending.isNull("reasonLabel")).as("no reason, no label, said").isTrue();
        assertThat(pending.getString("pendingState")).isEqualTo("NOT_READY");
        assertThat(pending.getInt("pendingReasonCode")).isEqualTo(2);
        assertThat(pending.getString("pendingReasonLabel")).isEqualTo("Lunch");
    }

    @Test
    void anAgentStateEventShowsTheAgentAsOfItsChangeThoughItNoLongerExists() {
        AgentView asOfTheChange = new AgentView("1001", "2001", null, null, null, 5, false, AgentState.LOGOUT, 0, AT,
                null, List.of(1L), List.of(), Set.of(AgentAction.LOGIN), null, 0);

        assertThat(events.translate(new AgentStateNotice("1001", AgentState.LOGOUT, 0, AT, false, asOfTheChange),
                new ConcernedState(Map.of(), Map.of()))).isPresent();
    }

    /**
     * A notice without the agent's view, as a server of an earlier build relays it during an upgrade: the notice's
     * state over the rest as it is now.
     */
    @Test
    void anAgentStateEventOfANoticeWithoutTheViewHasTheNoticesStateAndTheCurrentRest() {
        ConcernedState state = new ConcernedState(Map.of(), Map.of("1001",
                agent("1001", 5, AgentState.TALKING, List.of(7L), Set.of(AgentAction.HOLD))));

        NoticeTranslator.Translated event = events.translate(
                new AgentStateNotice("1001", AgentState.NOT_READY, 12, AT.plusSeconds(5), true, null), state)
                .orElseThrow();

        assertThat(event.name()).isEqualTo("AgentState");
        JsonObject data = json(event.data());
        assertThat(data.keySet()).containsExactly("agentId", "reconciled", "agent");
        assertThat(data.getString("agentId")).isEqualTo("1001");
        assertThat(data.getBoolean("reconciled")).isTrue();
        JsonObject agent = data.getJsonObject("agent");
        assertThat(agent.getString("state")).as("the notice's state").isEqualTo("NOT_READY");
        assertThat(agent.getString("firstName") + " " + agent.getString("lastName")).as("as it is now")
                .isEqualTo("Amara Okafor");
        assertThat(agent.getInt("reasonCode")).isEqualTo(12);
        assertThat(agent.getString("stateSince")).isEqualTo("2026-11-28T08:00:05Z");
        assertThat(agent.getJsonArray("calls").getString(0)).as("read for the batch").isEqualTo("7");
        assertThat(agent.getJsonArray("enabledActions").getString(0)).isEqualTo("HOLD");
        assertThat(event.routing()).isEqualTo(new EventRouting("AgentState", Set.of("1001"), Set.of("5"),
                Set.of("1", "2")));
    }

    @Test
    void anAgentThatNoLongerExistsHasNoEventForANoticeWithoutTheView() {
        assertThat(events.translate(new AgentStateNotice("1001", AgentState.NOT_READY, 0, AT, false, null),
                new ConcernedState(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void aDeliveredCallCarriesTheScreenPopTheCallAndItsAgents() {
        ConcernedState state = new ConcernedState(Map.of(7L, ringingCall()), Map.of(
                "1001", agent("1001", 5, AgentState.RESERVED, List.of(7L), Set.of(AgentAction.ANSWER)),
                "1002", agent("1002", 6, AgentState.AVAILABLE, List.of(), Set.of())));
        ScreenPopData pop = new ScreenPopData("0612345678", "7001", "7001", null, Map.of("CallVariable1", "acct-1"),
                Map.of(), 4L);

        NoticeTranslator.Translated event = events.translate(new CallDeliveredNotice(7, "2001", "1001", pop), state)
                .orElseThrow();

        assertThat(event.name()).isEqualTo("CallDelivered");
        JsonObject data = json(event.data());
        assertThat(data.keySet()).containsExactly("callId", "device", "agentId", "screenPop", "call", "agents");
        assertThat(data.getString("callId")).isEqualTo("7");
        assertThat(data.getJsonObject("screenPop").getString("ani")).isEqualTo("0612345678");
        assertThat(data.getJsonObject("call").getJsonObject("enabledActions").getJsonArray("1001").getString(0))
                .isEqualTo("ANSWER");
        assertThat(data.getJsonArray("agents")).hasSize(1);
        assertThat(event.routing()).as("the call's skill group and the screen pop's")
                .isEqualTo(new EventRouting("CallDelivered", Set.of("1001"), Set.of("5"), Set.of("3", "4")));
    }

    @Test
    void anEndedCallHasNoCallAndTheAgentsItHad() {
        ConcernedState state = new ConcernedState(Map.of(), Map.of(
                "1001", agent("1001", 5, AgentState.WORK_READY, List.of(), Set.of())));

        NoticeTranslator.Translated event = events.translate(new CallEndedNotice(7, "key-7", EndReason.ENDED,
                List.of("1001", "1999")), state).orElseThrow();

        JsonObject data = json(event.data());
        assertThat(event.name()).isEqualTo("CallEnded");
        assertThat(data.getString("callKey")).isEqualTo("key-7");
        assertThat(data.getString("reason")).isEqualTo("ENDED");
        assertThat(data.isNull("call")).isTrue();
        assertThat(data.getJsonArray("agents")).as("1999 no longer exists").hasSize(1);
        assertThat(event.routing().agentIds()).containsExactlyInAnyOrder("1001", "1999");
    }

    @Test
    void aCallThatGoesOnWithoutAnAgentReachesThatAgentToo() {
        // The call now rings at 1001 only (ringingCall); 1002 transferred it and left.
        ConcernedState state = new ConcernedState(Map.of(7L, ringingCall()), Map.of(
                "1001", agent("1001", 5, AgentState.RESERVED, List.of(7L), Set.of(AgentAction.ANSWER)),
                "1002", agent("1002", 6, AgentState.WORK_READY, List.of(), Set.of())));

        NoticeTranslator.Translated event = events.translate(new CallChangedNotice(7, "ConnectionCleared",
                List.of("1002")), state).orElseThrow();

        assertThat(event.name()).isEqualTo("CallChanged");
        JsonObject data = json(event.data());
        assertThat(data.getString("event")).isEqualTo("ConnectionCleared");
        assertThat(data.getJsonArray("departedAgentIds").getString(0)).isEqualTo("1002");
        assertThat(data.getJsonObject("call").getJsonArray("agentIds").getString(0)).isEqualTo("1001");
        assertThat(data.getJsonArray("agents")).extracting(agent -> agent.asJsonObject().getString("id"))
                .containsExactly("1001", "1002");
        assertThat(event.routing().agentIds()).containsExactlyInAnyOrder("1001", "1002");
        assertThat(event.routing().teamIds()).containsExactlyInAnyOrder("5", "6");
    }

    @Test
    void aHeldCallNamesTheDevice() {
        ConcernedState state = new ConcernedState(Map.of(7L, ringingCall()), Map.of(
                "1001", agent("1001", null, AgentState.HOLD, List.of(7L), Set.of(AgentAction.RETRIEVE))));

        NoticeTranslator.Translated event = events.translate(new CallHeldNotice(7, "2001"), state).orElseThrow();

        assertThat(event.name()).isEqualTo("CallHeld");
        assertThat(json(event.data()).getString("device")).isEqualTo("2001");
        assertThat(event.routing().teamIds()).as("an agent without a team").isEmpty();
    }

    @Test
    void anAnsweredOrRetrievedCallNamesTheDeviceAndAChangeOfDataNamesNothingMore() {
        ConcernedState state = new ConcernedState(Map.of(7L, ringingCall()), Map.of(
                "1001", agent("1001", 5, AgentState.TALKING, List.of(7L), Set.of(AgentAction.HOLD))));

        NoticeTranslator.Translated established = events.translate(new CallEstablishedNotice(7, "2001"), state)
                .orElseThrow();
        NoticeTranslator.Translated retrieved = events.translate(new CallRetrievedNotice(7, "2001"), state)
                .orElseThrow();
        NoticeTranslator.Translated data = events.translate(new CallDataNotice(7), state).orElseThrow();

        assertThat(established.name()).isEqualTo("CallEstablished");
        assertThat(json(established.data()).keySet()).containsExactly("callId", "device", "call", "agents");
        assertThat(retrieved.name()).isEqualTo("CallRetrieved");
        assertThat(json(retrieved.data()).getString("device")).isEqualTo("2001");
        assertThat(data.name()).isEqualTo("CallData");
        assertThat(json(data.data()).keySet()).containsExactly("callId", "call", "agents");
        assertThat(data.routing()).isEqualTo(new EventRouting("CallData", Set.of("1001"), Set.of("5"), Set.of("3")));
    }

    @Test
    void skillGroupStatisticsBecomeNoEventHereForTheyAreStreamedThrottled() {
        assertThat(events.translate(new SkillGroupStatisticsNotice(Set.of(3L)),
                new ConcernedState(Map.of(), Map.of()))).isEmpty();
    }

    /** Relayed or committed here alike: the alert's event carries the call as it is now, for the team and the agent. */
    @Test
    void aRaisedHelpAlertCarriesItsCallAsItIsNowToTheTeamAndTheAgent() {
        ConcernedState state = new ConcernedState(Map.of(7L, ringingCall()), Map.of());
        HelpAlertView alert = new HelpAlertView("1001", 1, 7L, true, AT, AT.plusSeconds(300));

        NoticeTranslator.Translated event = events.translate(new HelpAlertNotice(alert, null), state).orElseThrow();

        assertThat(event.name()).isEqualTo("HelpRequested");
        JsonObject data = json(event.data());
        assertThat(data.getBoolean("open")).isTrue();
        assertThat(data.getJsonObject("alert").getString("kind")).isEqualTo("EMERGENCY");
        assertThat(data.getJsonObject("alert").getJsonObject("call").getString("ani")).isEqualTo("0612345678");
        assertThat(event.routing().agentIds()).containsExactly("1001");
        assertThat(event.routing().teamIds()).containsExactly("1");
    }

    @Test
    void aSilentMonitorsEventNamesTheSupervisorNeverTheMonitoredAgentForRouting() {
        NoticeTranslator.Translated event = events.translate(new SilentMonitorNotice(new SilentMonitorView(7, "1001",
                1, "1009", SupervisoryAction.MONITOR, AT), true), new ConcernedState(Map.of(), Map.of()))
                .orElseThrow();

        assertThat(event.name()).isEqualTo("SilentMonitor");
        assertThat(json(event.data()).getBoolean("ended")).isTrue();
        assertThat(event.routing().agentIds()).containsExactly("1009");
        assertThat(event.routing().teamIds()).containsExactly("1");
    }
}
