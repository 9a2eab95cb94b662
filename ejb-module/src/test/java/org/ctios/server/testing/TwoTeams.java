package org.ctios.server.testing;

import java.time.Instant;
import java.util.List;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;

/**
 * A harness over two teams, for the tests of what goes to a team: team 1 (Harbour) with agents 1001 to 1003 and
 * its supervisor 1009, an agent too; team 2 (Summit) with agent 2001 and no supervisor.
 */
public final class TwoTeams {

    public static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private TwoTeams() {
    }

    /** A new harness with the two teams imported and the live model read. */
    public static ModelHarness harness() throws Exception {
        ModelHarness model = new ModelHarness();
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales")),
                List.of(new OrganisationDefinition.TeamEntry(1, "Harbour", "1009"),
                        new OrganisationDefinition.TeamEntry(2, "Summit", null)),
                List.of(member("1001", "2001", 1, false), member("1002", "2002", 1, false),
                        member("1003", "2003", 1, false), member("1009", "2009", 1, true),
                        member("2001", "3001", 2, false))),
                model.dataSource(), START);
        model.live().rebuild();
        return model;
    }

    private static OrganisationDefinition.AgentEntry member(String agentId, String extension, int team,
                                                            boolean supervisor) {
        return new OrganisationDefinition.AgentEntry(agentId, extension, team, supervisor, List.of(1L), null, null);
    }
}
