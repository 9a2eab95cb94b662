package org.ctios.examples.crmbridge;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;

/**
 * Turns the connector's call-delivered events into screen pops. It asks the connector for those events and for the
 * agent events that say which agent sits at which instrument, nothing else: the connector filters in this MDB's own
 * delivery lane, beside CTI OS's, over CTI OS's one CTI session.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "cti-connector"),
        @ActivationConfigProperty(propertyName = "eventTypes",
                propertyValue = "CallDelivered,AgentStateChanged,AgentSnapshot")})
public class CallDeliveredMdb implements CtiEventListener {

    @EJB
    private ScreenPops pops;

    @EJB
    private AgentInstruments instruments;

    @Override
    public void onCtiEvent(CtiEvent event) {
        if (event instanceof CallDelivered delivered) {
            // A call ringing at a queue or route point pops no screen: only one at an agent's instrument does.
            instruments.agentAt(delivered.alertingDevice()).ifPresent(agentId -> pops.add(new ScreenPop(agentId,
                    delivered.callId(), delivered.data().ani(), delivered.data().dnis(),
                    byNumber(delivered.data().callVariables()), delivered.origin().receivedAt())));
        } else if (event instanceof AgentStateChanged changed) {
            instruments.agentAt(changed.agentId(), loggedIn(changed.state()) ? changed.agentInstrument() : null);
        } else if (event instanceof AgentSnapshot snapshot) {
            instruments.agentAt(snapshot.agentId(), loggedIn(snapshot.state()) ? snapshot.agentInstrument() : null);
        }
    }

    private static boolean loggedIn(AgentState state) {
        return state != null && state != AgentState.LOGOUT;
    }

    private static Map<Integer, String> byNumber(CallVariables variables) {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        for (int number = 1; number <= CallVariables.COUNT; number++) {
            String value = variables.get(number);
            if (value != null && !value.isEmpty()) {
                byNumber.put(number, value);
            }
        }
        return byNumber;
    }
}
