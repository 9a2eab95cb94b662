package org.ctios.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;
import org.ctios.connector.adapter.inbound.EventFilter;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.CtiEventListener;

/**
 * How an MDB subscribes to the CTI link's events: which of them it receives (every one unless its activation
 * properties say otherwise; see {@link EventFilter}). The link itself is configured on the resource adapter.
 */
@Activation(messageListeners = {CtiEventListener.class, CtiEventBatchListener.class})
public class CtiActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;

    @ConfigProperty(description = "Event types received, by simple name (CallDelivered, AgentStateChanged) or group"
            + " (CallEvent, AgentEvent), separated by commas; empty for every type.")
    private String eventTypes = "";

    @ConfigProperty(description = "Agents whose agent events are received: ids and ranges (1001-1050) separated by "
            + "commas; empty for every agent. Other events are not affected.")
    private String agentIds = "";

    @ConfigProperty(description = "Skill group numbers, separated by commas: an event that names skill groups is "
            + "received when it names one of these; empty for any. Other events are not affected.")
    private String skillGroups = "";

    /**
     * @throws InvalidPropertyException naming the property that is wrong, what it must be and the value given
     */
    @Override
    public void validate() throws InvalidPropertyException {
        filter();
    }

    /** The events the MDB receives. */
    public EventFilter filter() throws InvalidPropertyException {
        try {
            return EventFilter.of(eventTypes, agentIds, skillGroups);
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException(e.getMessage(), e);
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        this.resourceAdapter = adapter;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getAgentIds() {
        return agentIds;
    }

    public void setAgentIds(String agentIds) {
        this.agentIds = agentIds;
    }

    public String getSkillGroups() {
        return skillGroups;
    }

    public void setSkillGroups(String skillGroups) {
        this.skillGroups = skillGroups;
    }
}
