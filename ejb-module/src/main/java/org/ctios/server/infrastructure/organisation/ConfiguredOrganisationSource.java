package org.ctios.server.infrastructure.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ctios.server.api.ConfiguredOrganisation;
import org.ctios.server.domain.organisation.OrganisationDefinition.AgentEntry;

/** The configured organisation ({@link OrganisationSource}) as {@code server.api} shows it to the web tier. */
@ApplicationScoped
public class ConfiguredOrganisationSource implements ConfiguredOrganisation {

    @Override
    public Optional<Facts> read() {
        return OrganisationSource.configured().map(definition -> new Facts(
                definition.teams().stream().map(team -> new Team(team.teamId(), team.supervisorId())).toList(),
                definition.agents().stream().map(AgentEntry::agentId).toList()));
    }
}
