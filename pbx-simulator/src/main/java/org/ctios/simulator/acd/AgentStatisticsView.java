package org.ctios.simulator.acd;

/** An agent's figures since its last login and since midnight (UTC, of the switch's clock), at one moment. */
public record AgentStatisticsView(AgentView agent, AgentFigures sinceLogin, AgentFigures today) {
}
