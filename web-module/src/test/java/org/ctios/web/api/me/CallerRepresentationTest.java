package org.ctios.web.api.me;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Set;
import org.ctios.server.api.view.Role;
import org.ctios.web.security.Caller;
import org.junit.jupiter.api.Test;

/** What {@code GET /api/me} answers, as JSON-B writes it. */
class CallerRepresentationTest {

    private final Jsonb json = JsonbBuilder.create();   // as Payara's JAX-RS: no config of our own

    @Test
    void anAgentIsItsAgentIdAndSupervisesNoTeam() {
        String written = json.toJson(CallerRepresentation.of(new Caller("1001", Set.of(Role.AGENT), "1001", null)));

        assertThat(written).isEqualTo(
                "{\"agentId\":\"1001\",\"name\":\"1001\",\"roles\":[\"agent\"],\"supervisedTeamId\":null}");
    }

    @Test
    void rolesAreLowerCaseNamesSortedAndTheTeamIsAString() {
        CallerRepresentation supervisor = CallerRepresentation.of(
                new Caller("1025", Set.of(Role.SUPERVISOR, Role.AGENT), "1025", 1));

        assertThat(supervisor.roles()).containsExactly("agent", "supervisor");
        assertThat(supervisor.supervisedTeamId()).isEqualTo("1");
        assertThat(json.toJson(CallerRepresentation.of(new Caller("admin", Set.of(Role.ADMIN, Role.CRM), null,
                null)))).isEqualTo("{\"agentId\":null,\"name\":\"admin\",\"roles\":[\"admin\",\"crm\"],"
                + "\"supervisedTeamId\":null}");
    }
}
