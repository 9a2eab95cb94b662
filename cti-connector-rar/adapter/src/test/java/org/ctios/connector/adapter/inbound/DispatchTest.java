package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctios.connector.adapter.testing.EveryEvent.AGENT;
import static org.ctios.connector.adapter.testing.EveryEvent.CALL;
import static org.ctios.connector.adapter.testing.EveryEvent.OTHER_CALL;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctios.connector.adapter.testing.EveryEvent;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.Concerns;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** Which events keep their order with which: the keys each kind of event is delivered under. */
class DispatchTest {

    private static final EventOrigin ORIGIN = new EventOrigin(1, 1, Instant.parse("2026-11-29T08:00:00Z"));
    private static final List<String> AGENT_KEY = List.of("agent:" + AGENT);
    private static final List<String> CALL_KEY = List.of("call:" + CALL);
    private static final List<String> BOTH_CALLS = List.of("call:" + CALL, "call:" + OTHER_CALL);
    private static final List<String> LINK_WIDE = List.of();

    /** The keys of every kind of event, by its simple name: a new kind fails the test until it is added here. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("AgentStateChanged", AGENT_KEY),
            Map.entry("AgentSnapshot", AGENT_KEY),
            Map.entry("CallBegun", CALL_KEY),
            Map.entry("CallQueued", CALL_KEY),
            Map.entry("CallDelivered", CALL_KEY),
            Map.entry("CallOriginated", CALL_KEY),
            Map.entry("CallEstablished", CALL_KEY),
            Map.entry("CallHeld", CALL_KEY),
            Map.entry("CallRetrieved", CALL_KEY),
            Map.entry("ConnectionCleared", CALL_KEY),
            Map.entry("CallCleared", CALL_KEY),
            Map.entry("CallEnded", CALL_KEY),
            Map.entry("CallDataUpdated", BOTH_CALLS),
            Map.entry("CallTransferred", BOTH_CALLS),
            Map.entry("CallConferenced", BOTH_CALLS),
            Map.entry("CallFailed", CALL_KEY),
            Map.entry("CallDiverted", CALL_KEY),
            Map.entry("CallSnapshot", CALL_KEY),
            Map.entry("LinkStatusChanged", LINK_WIDE),
            Map.entry("PeripheralStatusChanged", LINK_WIDE),
            Map.entry("SnapshotStarted", LINK_WIDE),
            Map.entry("SnapshotCompleted", LINK_WIDE),
            // among the events that name no agent: a message concerns no agent or call of the switch's
            Map.entry("UserMessageReceived", List.of("agent:")),
            Map.entry("TeamConfigured", LINK_WIDE),
            // among the agent's events, after the state it asked from
            Map.entry("HelpRequested", AGENT_KEY));

    private static List<String> keys(CtiEvent event) {
        return new Dispatch(event, "test").orderingKeys();
    }

    @Test
    void everyKindOfEventIsKeyedByTheAgentOrCallsItConcernsOrIsLinkWide() {
        List<CtiEvent> samples = EveryEvent.samples();
        assertThat(samples.stream().<Class<?>>map(Object::getClass).toList()).as("one sample of every kind of event")
                .containsExactlyInAnyOrderElementsOf(EveryEvent.types());
        assertThat(EXPECTED.keySet()).as("an expectation for every kind of event")
                .containsExactlyInAnyOrderElementsOf(EveryEvent.types().stream().map(Class::getSimpleName).toList());

        Map<String, List<String>> actual = samples.stream().collect(Collectors.toMap(
                event -> event.getClass().getSimpleName(), DispatchTest::keys));
        for (Map.Entry<String, List<String>> expected : EXPECTED.entrySet()) {
            assertThat(actual.get(expected.getKey())).as(expected.getKey())
                    .containsExactlyInAnyOrderElementsOf(expected.getValue());
        }
    }

    @Test
    void aTransferOrConferenceWithoutAConsultationCallIsKeyedByItsCallAlone() {
        assertThat(keys(new CallTransferred(ORIGIN, CALL, -1, "2001", "2002", List.of("2002"))))
                .as("single-step transfer").isEqualTo(CALL_KEY);
        assertThat(keys(new CallConferenced(ORIGIN, CALL, -1, "2009", "2009", List.of("2001", "2009"), 0)))
                .as("barge-in").isEqualTo(CALL_KEY);
        assertThat(keys(new CallConferenced(ORIGIN, CALL, CALL, "2001", "2002", List.of("2001", "2002"), 0)))
                .as("the primary call named as its own consultation").isEqualTo(CALL_KEY);
    }

    @Test
    void aDataUpdateThatKeepsTheCallIdIsKeyedByTheCallAlone() {
        assertThat(keys(new CallDataUpdated(ORIGIN, CALL, CALL, CallData.empty()))).isEqualTo(CALL_KEY);
    }

    @Test
    void agentEventsThatNameNoAgentKeepTheirOrderAmongThemselves() {
        AgentStateChanged nameless = new AgentStateChanged(ORIGIN, 5000, null, null, null, AgentState.AVAILABLE, 0,
                List.of(), 0);

        assertThat(keys(nameless)).hasSize(1).isEqualTo(keys(nameless)).isNotEqualTo(AGENT_KEY);
    }

    @Test
    void theCallThatMergesIsTheConsultationCallOrTheOldIdOfARenamedCall() {
        Map<String, CtiEvent> byName = EveryEvent.samples().stream().collect(Collectors.toMap(
                event -> event.getClass().getSimpleName(), Function.identity()));

        assertThat(((CallTransferred) byName.get("CallTransferred")).mergedCallId()).hasValue(OTHER_CALL);
        assertThat(((CallConferenced) byName.get("CallConferenced")).mergedCallId()).hasValue(OTHER_CALL);
        CallDataUpdated renamed = (CallDataUpdated) byName.get("CallDataUpdated");
        assertThat(renamed.mergedCallId()).as("the old id").hasValue(CALL);
        assertThat(renamed.concerns().callsInProgress()).as("goes on under the new id").containsExactly(OTHER_CALL);
        assertThat(new CallTransferred(ORIGIN, CALL, -1, "2001", "2002", List.of("2002")).mergedCallId()).isEmpty();
        assertThat(new CallDataUpdated(ORIGIN, CALL, CALL, CallData.empty()).mergedCallId()).isEmpty();
    }

    @Test
    void concernsThatContradictThemselvesAreRefused() {
        assertThatThrownBy(() -> new Concerns(true, List.of(AGENT), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole link");
        assertThatThrownBy(() -> new Concerns(false, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Concerns(false, List.of(), List.of(CALL), List.of(CALL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both go on and end");
    }
}
