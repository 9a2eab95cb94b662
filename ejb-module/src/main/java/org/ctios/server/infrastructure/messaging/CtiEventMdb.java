package org.ctios.server.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.ctios.connector.api.AgentStateChanged;
import org.ctios.connector.api.CtiEvent;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.server.application.AgentStateService;

/**
 * Receives the CTI link's events from the resource adapter and hands each to its application service, in the
 * transaction the container started for the delivery. An exception rolls the delivery back.
 */
@MessageDriven(activationConfig = {
    // The module name of the deployed RAR (cti-connector.rar); an EAR deployment overrides it with a plan.
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "cti-connector")
})
public class CtiEventMdb implements CtiEventListener {

    @Inject
    private AgentStateService agentStates;

    @Override
    public void onCtiEvent(CtiEvent event) {
        if (event instanceof AgentStateChanged agentStateChanged) {
            agentStates.apply(agentStateChanged);
        }
    }
}
