package org.ctios.connector.adapter.inbound;

import java.time.Clock;
import java.util.Optional;
import org.ctios.connector.api.AgentStateChanged;
import org.ctios.connector.api.CtiEvent;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.SkillGroupEntry;

/** Turns protocol messages into the connector's typed events; messages the API has no event for give none. */
public final class EventTranslator {

    private final Clock clock;

    public EventTranslator(Clock clock) {
        this.clock = clock;
    }

    public Optional<CtiEvent> translate(CtiMessage message) {
        if (message instanceof AgentStateEvent event) {
            return Optional.of(agentStateChanged(event));
        }
        return Optional.empty();
    }

    private AgentStateChanged agentStateChanged(AgentStateEvent event) {
        return new AgentStateChanged(clock.instant(), event.peripheralId(), event.agentId(), event.agentExtension(),
                event.agentInstrument(), AgentState.fromWireOrUnknown(event.agentState()), event.eventReasonCode(),
                event.fltSkillGroups().stream()
                        .map(SkillGroupEntry::skillGroupNumber)
                        .filter(number -> number != null)
                        .toList());
    }
}
