package org.ctios.server.infrastructure.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import javax.sql.DataSource;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.domain.organisation.OrganisationDefinition.AgentEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.SkillGroupEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.TeamEntry;

/**
 * Writes the configured organisation into the database, in one transaction, before the application starts: skill
 * groups and teams are created or renamed; agents are created (logged out) or given their team, supervisor flag and
 * configured skill groups, keeping every state the CTI Server reported. Running it again changes nothing more.
 */
public final class OrganisationImport {

    private OrganisationImport() {
    }

    /** @return the number of agents in the definition */
    public static int write(OrganisationDefinition organisation, DataSource dataSource, Instant now)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                skillGroups(connection, organisation);
                teams(connection, organisation);
                agents(connection, organisation, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return organisation.agents().size();
    }

    private static void skillGroups(Connection connection, OrganisationDefinition organisation) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO skill_group (skill_group_number, skill_group_id, name) KEY (skill_group_number) "
                        + "VALUES (?, ?, ?)")) {
            for (SkillGroupEntry group : organisation.skillGroups()) {
                merge.setLong(1, group.number());
                merge.setObject(2, group.skillGroupId());
                merge.setString(3, group.name());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void teams(Connection connection, OrganisationDefinition organisation) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO team (team_id, name, supervisor_id) KEY (team_id) VALUES (?, ?, ?)")) {
            for (TeamEntry team : organisation.teams()) {
                merge.setInt(1, team.teamId());
                merge.setString(2, team.name());
                merge.setString(3, team.supervisorId());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void agents(Connection connection, OrganisationDefinition organisation, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO agent (agent_id, extension, state, reason_code, state_since, version) "
                        + "SELECT ?, ?, 'LOGOUT', 0, ?, 0 FROM dual "
                        + "WHERE NOT EXISTS (SELECT 1 FROM agent WHERE agent_id = ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE agent SET team_id = ?, supervisor = ?, extension = COALESCE(extension, ?), "
                             + "version = version + 1 WHERE agent_id = ?");
             PreparedStatement membership = connection.prepareStatement(
                     // A new membership starts in the agent's own state until an event reports the group's.
                     "INSERT INTO agent_skill_group (agent_id, skill_group_number, state) "
                             + "SELECT a.agent_id, ?, a.state FROM agent a WHERE a.agent_id = ? AND NOT EXISTS "
                             + "(SELECT 1 FROM agent_skill_group WHERE agent_id = ? AND skill_group_number = ?)")) {
            for (AgentEntry agent : organisation.agents()) {
                insert.setString(1, agent.agentId());
                insert.setString(2, agent.extension());
                insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(4, agent.agentId());
                insert.addBatch();
                update.setObject(1, agent.teamId());
                update.setBoolean(2, agent.supervisor());
                update.setString(3, agent.extension());
                update.setString(4, agent.agentId());
                update.addBatch();
                for (Long group : agent.skillGroups()) {
                    membership.setLong(1, group);
                    membership.setString(2, agent.agentId());
                    membership.setString(3, agent.agentId());
                    membership.setLong(4, group);
                    membership.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            membership.executeBatch();
        }
    }
}
