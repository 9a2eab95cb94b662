package org.ctios.connector.api.event;

/** An event about one agent. */
public sealed interface AgentEvent extends CtiEvent permits AgentStateChanged, AgentSnapshot {

    String agentId();
}
