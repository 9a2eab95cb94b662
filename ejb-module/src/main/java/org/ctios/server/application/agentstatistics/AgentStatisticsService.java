package org.ctios.server.application.agentstatistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.server.api.AgentStatisticsReads;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentStatisticsReading;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.readings.SharedReadings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link AgentStatisticsReads} over the CTI gateway. Nothing here polls: the switch is asked only when someone
 * reads an agent's figures (a desktop, a supervisor's dashboard, a CRM), and at most once per agent per
 * {@code ctios.agent-statistics.interval} however many read, since QUERY_AGENT_STATISTICS is one request on the
 * one link every other request shares, and the guide asks clients not to poll it often.
 */
@ApplicationScoped
public class AgentStatisticsService implements AgentStatisticsReads {

    static final String INTERVAL_PROPERTY = "ctios.agent-statistics.interval";
    static final String WAIT_PROPERTY = "ctios.agent-statistics.wait";

    private AgentQueries agents;
    private Duration interval;
    private SharedReadings<AgentStatistics> readings;

    /** For the container's proxy. */
    protected AgentStatisticsService() {
    }

    @Inject
    public AgentStatisticsService(AgentQueries agents, CtiGateway control,
                                  @ConfigProperty(name = INTERVAL_PROPERTY, defaultValue = "PT30S") Duration interval,
                                  @ConfigProperty(name = WAIT_PROPERTY, defaultValue = "PT5S") Duration wait) {
        this.agents = agents;
        this.interval = interval;
        this.readings = new SharedReadings<>(interval, wait, Clock.systemUTC(), control::agentStatistics);
    }

    @Override
    public AgentStatisticsReading statistics(String agentId) {
        // only known agents get a slot, which keeps the readings bounded by the organisation
        if (agents.byId(agentId).isEmpty()) {
            throw new UnknownAgentException(agentId);
        }
        SharedReadings.Reading<AgentStatistics> reading = readings.read(agentId);
        if (reading.failure() != null) {
            throw reading.failure();
        }
        return new AgentStatisticsReading(agentId, reading.at(), reading.value().sinceLogin(),
                reading.value().today());
    }

    @Override
    public Duration refreshInterval() {
        return interval;
    }
}
