package org.ctios.protocol.bench;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.DeviceIdType;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LineType;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.PeripheralType;
import org.ctios.protocol.types.SkillGroupEntry;

/** The messages a monitor-mode link carries most, filled as a Unified CCE peripheral fills them. */
final class EventMix {

    private EventMix() {
    }

    /** One CALL_DELIVERED_EVENT, two AGENT_STATE_EVENTs, one HEARTBEAT_CONF. */
    static List<CtiMessage> messages() {
        return List.of(callDelivered(), agentState(AgentState.RESERVED), agentState(AgentState.TALKING),
                new HeartbeatConf(4711));
    }

    static CallDeliveredEvent callDelivered() {
        int agentDevice = DeviceIdType.AGENT_DEVICE.wire();
        return new CallDeliveredEvent(0, 5000, PeripheralType.ENTERPRISE_AGENT.wire(), 0, 16_777_301, 0,
                LineType.INBOUND_ACD.wire(), 1, 1, 1, 5001, 1, agentDevice, DeviceIdType.EXTERNAL.wire(),
                DeviceIdType.ROUTE_POINT.wire(), 0xFFFF, LocalConnectionState.ALERTING.wire(),
                EventCause.NEW_CALL.wire(), 2, 0, "2001", "2001", "0612345678", "8005550100", null, null, null, null,
                "0612345678", null, null, "8005550100", "8005550100", "42",
                CallVariables.of("account-73920114", "order-55117", "claims", "gold", "fr"), null,
                List.of(new NamedVariable("user.customer.tier", "gold"),
                        new NamedVariable("user.ivr.intent", "billing-dispute")), List.of());
    }

    static AgentStateEvent agentState(AgentState state) {
        return new AgentStateEvent(0, 5000, 0, PeripheralType.ENTERPRISE_AGENT.wire(), state.wire(), 12, 1, 5001, 0,
                state.wire(), 0, 1, 1, 1, 1, 5101, 1, 2, 0, null, "1001", "2001", null, "2001", null, null, null,
                List.of(SkillGroupEntry.of(1, 5001, 0, state.wire()), SkillGroupEntry.of(2, 5002, 0, state.wire())),
                null);
    }
}
