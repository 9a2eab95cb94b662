package org.ctios.server.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.application.AgentStateService;

/**
 * Receives the CTI link's events from the resource adapter and hands each to its application service, in the
 * transaction the container started for the delivery. An exception rolls the delivery back; the adapter retries it
 * and keeps it as a dead letter when every attempt failed.
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
        if (event instanceof AgentStateChanged changed) {
            agentStates.apply(changed);
        } else if (event instanceof AgentSnapshot snapshot) {
            agentStates.apply(snapshot);
        }
    }
}
