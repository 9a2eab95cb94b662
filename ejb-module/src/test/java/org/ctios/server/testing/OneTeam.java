package org.ctios.server.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;

/** A model whose organisation is one skill group (1, Sales) and one team (1, Harbour) of unnamed agents. */
public final class OneTeam {

    private OneTeam() {
    }

    /** The agents' extensions are their ids with a 2 for the leading digit ("1001" at "2001"). */
    public static ModelHarness of(Instant importedAt, String... agentIds) throws Exception {
        ModelHarness model = new ModelHarness();
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales")),
                List.of(new OrganisationDefinition.TeamEntry(1, "Harbour", "1009")),
                Arrays.stream(agentIds).map(id -> new OrganisationDefinition.AgentEntry(id, "2" + id.substring(1), 1,
                        false, List.of(1L), null, null)).toList()),
                model.dataSource(), importedAt);
        return model;
    }
}
