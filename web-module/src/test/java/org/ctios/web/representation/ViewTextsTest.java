package org.ctios.web.representation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.bind.Jsonb;
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
import org.ctios.server.api.view.PartyView;
import org.ctios.web.reasons.ReasonLabels;
import org.junit.jupiter.api.Test;

class ViewTextsTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private final ReasonLabels labels = new ReasonLabels(Map.of(2, "Lunch"), Map.of(1, "End of shift"));
    private final ViewTexts texts = new ViewTexts(labels);
    private final Jsonb json = JsonbBuilder.create();

    private static AgentView agent(String id, AgentState state, int reason) {
        return new AgentView(id, "2" + id.substring(1), null, "Amara", "Okafor", 5, false, state, reason, AT, AT,
                List.of(1L, 2L), List.of(), Set.of(AgentAction.READY, AgentAction.LOGOUT), null, 0);
    }

    private static CallView call(long id, LocalConnectionState state) {
        return new CallView(id, "key-" + id, CallState.ALERTING, 1, "0612345678", "7001", "7001", null,
                Map.of("CallVariable1", "acct-1"), Map.of(), null, 3L, null, null, AT, AT, AT, null,
                List.of(new PartyView("2001", "1001", state, false)), List.of("1001"),
                Map.of("1001", Set.of(AgentAction.ANSWER)), false, false, null);
    }

    private static JsonArray array(String text) {
        return Json.createReader(new StringReader(text)).readArray();
    }

    @Test
    void aListIsWhatSerialisingItsRepresentationsGives() {
        List<AgentView> agents = List.of(agent("1001", AgentState.NOT_READY, 2), agent("1002", AgentState.AVAILABLE, 0));
        List<CallView> calls = List.of(call(7, LocalConnectionState.ALERTING), call(8, LocalConnectionState.CONNECT));

        assertThat(array(texts.agentArray(agents))).isEqualTo(array(json.toJson(
                agents.stream().map(view -> AgentRepresentation.of(view, labels)).toList())));
        assertThat(array(texts.callArray(calls))).isEqualTo(array(json.toJson(
                calls.stream().map(CallRepresentation::of).toList())));
        assertThat(array(texts.agentArray(agents)).getJsonObject(0).getString("reasonLabel")).isEqualTo("Lunch");
        assertThat(texts.agentArray(List.of())).isEqualTo("[]");
    }

    @Test
    void anAgentsNewViewShowsItsNewStateEvenWhenItsOldOneEqualsIt() {
        AgentView notReady = agent("1001", AgentState.NOT_READY, 2);
        String before = texts.agent(notReady);
        AgentView available = agent("1001", AgentState.AVAILABLE, 0);
        AgentView equalButNew = agent("1001", AgentState.NOT_READY, 2);

        assertThat(texts.agent(available)).contains("\"state\":\"AVAILABLE\"").doesNotContain("Lunch");
        assertThat(texts.agent(equalButNew)).isEqualTo(before);
        assertThat(texts.agent(notReady)).as("kept for the view").isSameAs(before);
        assertThat(texts.call(call(7, LocalConnectionState.CONNECT))).contains("CONNECT")
                .isNotEqualTo(texts.call(call(7, LocalConnectionState.ALERTING)));
    }
}
