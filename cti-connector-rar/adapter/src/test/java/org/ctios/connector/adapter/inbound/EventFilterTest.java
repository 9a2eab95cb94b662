package org.ctios.connector.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** What an endpoint's activation properties let through, and how a wrong one is refused. */
class EventFilterTest {

    private static final EventOrigin ORIGIN = new EventOrigin(1, 1, Instant.EPOCH);

    private static AgentStateChanged agent(String agentId, long... skillGroups) {
        List<AgentSkillGroup> groups = Arrays.stream(skillGroups)
                .mapToObj(group -> new AgentSkillGroup(group, group, AgentState.AVAILABLE)).toList();
        return new AgentStateChanged(ORIGIN, 5000, agentId, "2001", "2001", AgentState.AVAILABLE, 0, groups, 0);
    }

    private static CallDelivered delivered(Long skillGroup) {
        return new CallDelivered(ORIGIN, 7, "2001", "0612345678", "8000", skillGroup, CallData.empty());
    }

    private static final CtiEvent LINK_UP = new LinkStatusChanged(ORIGIN, true, "A");

    @Test
    void withoutPropertiesEveryEventPasses() {
        EventFilter filter = EventFilter.of("", null, " ");

        assertThat(List.of(agent("1001"), delivered(1L), LINK_UP)).allMatch(filter::accepts);
        assertThat(filter.receivesSnapshots()).isTrue();
    }

    @Test
    void eventTypesLetThroughTheNamedTypesAndTheirGroupsOnly() {
        EventFilter popsOnly = EventFilter.of("CallDelivered", "", "");
        EventFilter calls = EventFilter.of(" CallEvent , LinkStatusChanged", "", "");

        assertThat(popsOnly.accepts(delivered(1L))).isTrue();
        assertThat(popsOnly.accepts(agent("1001"))).isFalse();
        assertThat(popsOnly.accepts(LINK_UP)).isFalse();
        assertThat(popsOnly.receivesSnapshots()).as("no snapshot item among its types").isFalse();
        assertThat(calls.accepts(new CallEstablished(ORIGIN, 7, "2001", null, null, null))).isTrue();
        assertThat(calls.accepts(LINK_UP)).isTrue();
        assertThat(calls.accepts(agent("1001"))).isFalse();
        assertThat(calls.receivesSnapshots()).as("CallSnapshot is a CallEvent").isTrue();
    }

    @Test
    void agentIdsSelectAgentEventsAndLeaveTheOthers() {
        EventFilter filter = EventFilter.of("", "1001-1003, supervisor7", "");

        assertThat(filter.accepts(agent("1002"))).isTrue();
        assertThat(filter.accepts(agent("supervisor7"))).isTrue();
        assertThat(filter.accepts(agent("1004"))).isFalse();
        assertThat(filter.accepts(delivered(1L))).as("a call event names no agent").isTrue();
    }

    @Test
    void skillGroupsSelectTheEventsThatNameOneAndLeaveTheOthers() {
        EventFilter filter = EventFilter.of("", "", "2,5");

        assertThat(filter.accepts(delivered(5L))).isTrue();
        assertThat(filter.accepts(delivered(1L))).isFalse();
        assertThat(filter.accepts(delivered(null))).as("routed for no skill group").isTrue();
        assertThat(filter.accepts(new CallQueued(ORIGIN, 7, "8000", List.of(1L, 2L), 1))).isTrue();
        assertThat(filter.accepts(new CallQueued(ORIGIN, 7, "8000", List.of(1L, 3L), 1))).isFalse();
        assertThat(filter.accepts(agent("1001", 1, 2))).isTrue();
        assertThat(filter.accepts(agent("1001", 1))).isFalse();
        assertThat(filter.accepts(LINK_UP)).isTrue();
    }

    @Test
    void aWrongValueIsRefusedNamingItsProperty() {
        assertThatThrownBy(() -> EventFilter.of("CallDelivered,ScreenPop", "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activation property eventTypes must be event type names")
                .hasMessageContaining("ScreenPop is none").hasMessageContaining("CallDelivered");
        assertThatThrownBy(() -> EventFilter.of("", "1050-1001", ""))
                .hasMessageContaining("activation property agentIds must be agent ids")
                .hasMessageContaining("was '1050-1001'");
        assertThatThrownBy(() -> EventFilter.of("", "", "1,two"))
                .hasMessageContaining("activation property skillGroups must be skill group numbers")
                .hasMessageContaining("two is none");
        assertThatThrownBy(() -> EventFilter.of("", "", "-3"))
                .hasMessageContaining("activation property skillGroups");
    }
}
