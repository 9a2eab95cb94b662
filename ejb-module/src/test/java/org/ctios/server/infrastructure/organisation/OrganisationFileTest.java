package org.ctios.server.infrastructure.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.domain.organisation.OrganisationDefinition.AgentEntry;
import org.junit.jupiter.api.Test;

/** The organisation file's agents' names, as CTI OS's FirstName and LastName, and the files that are refused. */
class OrganisationFileTest {

    private static OrganisationDefinition read(String json) {
        return OrganisationFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "centre.json");
    }

    private static List<String> names(OrganisationDefinition organisation) {
        return organisation.agents().stream().map(agent -> agent.agentId() + " " + agent.firstName() + " "
                + agent.lastName()).toList();
    }

    @Test
    void anAgentsNamesAndARangesNamesInOrderFewerThanItsAgents() {
        OrganisationDefinition organisation = read("""
                {"agents": [{"agentId": "1001", "extension": "2001", "firstName": "Amara", "lastName": "Okafor"},
                            {"agentId": "1002", "extension": "2002"}],
                 "agentRanges": [{"firstAgentId": 1006, "firstExtension": 2006, "count": 3,
                                  "names": [{"firstName": "Tomás", "lastName": "Ferreira"},
                                            {"firstName": "Grace", "lastName": "O'Neill"}]}]}
                """);

        assertThat(names(organisation)).containsExactly("1001 Amara Okafor", "1002 null null",
                "1006 Tomás Ferreira", "1007 Grace O'Neill", "1008 null null");
    }

    @Test
    void aBlankNameIsNoNameAndANameIsTrimmed() {
        OrganisationDefinition organisation = read("""
                {"agents": [{"agentId": "1001", "firstName": "  ", "lastName": " Okafor "}],
                 "agentRanges": [{"firstAgentId": 1006, "firstExtension": 2006, "count": 1,
                                  "names": [{"lastName": "Ferreira"}]}]}
                """);

        assertThat(names(organisation)).containsExactly("1001 null Okafor", "1006 null Ferreira");
    }

    @Test
    void moreNamesThanARangesAgentsIsRefusedNamingTheRangeAndTheFile() {
        assertThatThrownBy(() -> read("""
                {"agentRanges": [{"firstAgentId": 1006, "firstExtension": 2006, "count": 1,
                                  "names": [{"firstName": "Tomás"}, {"firstName": "Grace"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessage("the organisation in centre.json "
                + "cannot be read: the agent range from 1006 has 2 names for 1 agents: at most one name per agent");
    }

    @Test
    void aNameLongerThanTheDatabaseKeepsIsRefusedNamingTheAgent() {
        String longName = "A".repeat(AgentEntry.NAME_LENGTH + 1);

        assertThatThrownBy(() -> read("{\"agents\": [{\"agentId\": \"1001\", \"lastName\": \"" + longName + "\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the organisation in centre.json cannot be read: agent 1001's lastName is 65 "
                        + "characters long, more than 64");
        assertThatThrownBy(() -> read("{\"agentRanges\": [{\"firstAgentId\": 1006, \"firstExtension\": 2006, "
                + "\"count\": 2, \"names\": [{}, {\"firstName\": \"" + longName + "\"}]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agent 1007's firstName is 65");
        // 64 characters as the database counts them, though some take two of Java's chars
        String longestName = "😀".repeat(AgentEntry.NAME_LENGTH);
        assertThat(read("{\"agents\": [{\"agentId\": \"1001\", \"firstName\": \"" + longestName + "\"}]}")
                .agents().get(0).firstName()).isEqualTo(longestName);
    }

    @Test
    void aNameThatIsNotTextIsRefused() {
        assertThatThrownBy(() -> read("{\"agents\": [{\"agentId\": \"1001\", \"firstName\": 42}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the organisation in centre.json cannot be read: firstName must be text, not 42");
    }

    @Test
    void everyAgentOfTheDemoHasItsNames() {
        OrganisationDefinition demo = OrganisationSource.load("demo").orElseThrow();

        assertThat(demo.agents()).hasSize(50).allSatisfy(agent -> {
            assertThat(agent.firstName()).as(agent.agentId()).isNotBlank();
            assertThat(agent.lastName()).as(agent.agentId()).isNotBlank();
        });
        assertThat(names(demo)).contains("1004 Daniel Whitfield", "1025 Harriet Osei", "1006 Priya Raman",
                "1049 Ruth Abramson");
    }
}
